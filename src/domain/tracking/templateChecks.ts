import {
  resolveField,
  storedRef,
  tokenize,
  type BuiltinPlaceholder,
  type PlaceholderField,
} from './placeholders';
import type { Commitment, Message } from './schema';

/**
 * What the expected date ({{builtin:expectedDate}}) stands on: a response time the
 * service promises, a usual time it does not promise, or no response time at all.
 */
export type ExpectedDateBasis = 'commitment' | 'indication' | 'none';

export function expectedDateBasis(
  commitment: Pick<Commitment, 'kind' | 'days'>,
): ExpectedDateBasis {
  return commitment.days === null ? 'none' : commitment.kind;
}

/**
 * What is wrong with a stored template. `invalid` problems make the text unusable as a
 * message (it would be sent with markup or broken braces); `dangling` ones leave a hole
 * where a value should be. `advice` is not wrong: the message can be sent, but the
 * requester may read it otherwise than the team means it.
 */
export type TemplateProblem =
  | { kind: 'html'; tag: string; group: 'invalid' }
  | { kind: 'unclosed'; excerpt: string; group: 'invalid' }
  | { kind: 'empty'; group: 'invalid' }
  | { kind: 'unknownName'; name: string; group: 'dangling' }
  /** `name`: the key the field had when the template was last edited, or its id. */
  | { kind: 'deletedField'; fieldId: string; name: string; group: 'dangling' }
  | { kind: 'reasonWithoutReasons'; group: 'dangling' }
  /**
   * The expected date is shown although the service promises no response time: requesters
   * read any date as a promise (`indication`), or the date rests on nothing (`none`).
   */
  | { kind: 'unpromisedDate'; basis: Exclude<ExpectedDateBasis, 'commitment'>; group: 'advice' };

/** Whether a problem stops the message being sent as it is (advice does not). */
export function isBlocking(problem: TemplateProblem): boolean {
  return problem.group !== 'advice';
}

export interface TemplateContext {
  fields: readonly PlaceholderField[];
  /** Whether the message lists reasons for the {{reason}} placeholder to show. */
  hasReasons: boolean;
  /**
   * What the expected date stands on, to advise against showing a date nobody promises;
   * left out, the expected date is not checked.
   */
  expectedDate?: ExpectedDateBasis;
}

/**
 * Anything that a browser or a mail client would read as markup: a tag (`<b>`, `</p>`,
 * `<script src=…>`, even unfinished), a comment, or a doctype.
 */
const markup = /<!--|<!doctype|<\/?[a-z][a-z0-9-]*(?=[\s/>]|$)[^<>]*>?/gi;

const EXCERPT_LENGTH = 24;

export function checkTemplate(stored: string, context: TemplateContext): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const match of stored.matchAll(markup)) {
    problems.push({ kind: 'html', tag: match[0].slice(0, EXCERPT_LENGTH), group: 'invalid' });
  }
  for (const token of tokenize(stored)) {
    if (token.kind === 'unclosed') {
      problems.push({
        kind: 'unclosed',
        excerpt: token.text.slice(0, EXCERPT_LENGTH),
        group: 'invalid',
      });
      continue;
    }
    if (token.kind !== 'placeholder') continue;
    if (token.inner === '') {
      problems.push({ kind: 'empty', group: 'invalid' });
      continue;
    }
    const ref = storedRef(token.inner);
    if (ref.kind === 'builtin') {
      if (ref.name === ('reason' satisfies BuiltinPlaceholder) && !context.hasReasons) {
        problems.push({ kind: 'reasonWithoutReasons', group: 'dangling' });
      }
      if (
        ref.name === ('expectedDate' satisfies BuiltinPlaceholder) &&
        (context.expectedDate === 'indication' || context.expectedDate === 'none') &&
        !problems.some((problem) => problem.kind === 'unpromisedDate')
      ) {
        problems.push({ kind: 'unpromisedDate', basis: context.expectedDate, group: 'advice' });
      }
      continue;
    }
    if (resolveField(ref, context.fields)) continue;
    problems.push(
      ref.kind === 'field'
        ? {
            kind: 'deletedField',
            fieldId: ref.fieldId,
            name: ref.keyHint ?? ref.fieldId,
            group: 'dangling',
          }
        : { kind: 'unknownName', name: ref.name, group: 'dangling' },
    );
  }
  return problems;
}

/**
 * Problems of a message's subject (unless it is an SMS, which has none) and body. Given
 * what the expected date stands on, it also advises on a date shown but not promised,
 * once per message even when both the subject and the body show it.
 */
export function checkMessage(
  message: Pick<Message, 'channel' | 'subject' | 'body' | 'reasons'>,
  fields: readonly PlaceholderField[],
  expectedDate?: ExpectedDateBasis,
): TemplateProblem[] {
  const context: TemplateContext = { fields, hasReasons: message.reasons.length > 0, expectedDate };
  const subject = message.channel === 'sms' ? [] : checkTemplate(message.subject, context);
  const body = checkTemplate(message.body, context).filter(
    (problem) =>
      problem.kind !== 'unpromisedDate' ||
      !subject.some((earlier) => earlier.kind === 'unpromisedDate'),
  );
  return [...subject, ...body];
}
