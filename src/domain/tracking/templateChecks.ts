import {
  resolveField,
  storedRef,
  tokenize,
  type BuiltinPlaceholder,
  type PlaceholderField,
} from './placeholders';
import type { Message } from './schema';

/**
 * What is wrong with a stored template. `invalid` problems make the text unusable as a
 * message (it would be sent with markup or broken braces); `dangling` ones leave a hole
 * where a value should be.
 */
export type TemplateProblem =
  | { kind: 'html'; tag: string; group: 'invalid' }
  | { kind: 'unclosed'; excerpt: string; group: 'invalid' }
  | { kind: 'empty'; group: 'invalid' }
  | { kind: 'unknownName'; name: string; group: 'dangling' }
  /** `name`: the key the field had when the template was last edited, or its id. */
  | { kind: 'deletedField'; fieldId: string; name: string; group: 'dangling' }
  | { kind: 'reasonWithoutReasons'; group: 'dangling' };

export interface TemplateContext {
  fields: readonly PlaceholderField[];
  /** Whether the message lists reasons for the {{reason}} placeholder to show. */
  hasReasons: boolean;
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

/** Problems of a message's subject (unless it is an SMS, which has none) and body. */
export function checkMessage(
  message: Pick<Message, 'channel' | 'subject' | 'body' | 'reasons'>,
  fields: readonly PlaceholderField[],
): TemplateProblem[] {
  const context = { fields, hasReasons: message.reasons.length > 0 };
  const subject = message.channel === 'sms' ? [] : checkTemplate(message.subject, context);
  return [...subject, ...checkTemplate(message.body, context)];
}
