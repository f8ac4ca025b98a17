import type { TFunction } from 'i18next';
import type { Signoff } from '../../domain/review/schema';
import type { SignoffShapeProblem } from '../../domain/review/shape';
import type { TamperProblem } from '../../domain/review/verify';
import { schemaIssueText } from '../schemaIssueText';
import type { StepId } from '../../domain/steps';
import './i18n';
import './trustI18n';

const short = (hash: string) => hash.slice(0, 12);

/** Why a sign-off cannot be read, as a sentence (the file is refused). */
export function shapeProblemMessage(problem: SignoffShapeProblem, t: TFunction): string {
  switch (problem.kind) {
    case 'not-a-list':
      return t('signoffs:shape.not-a-list');
    case 'not-an-object':
    case 'missing-field':
    case 'extra-field':
    case 'unknown-role':
    case 'unknown-decision':
      return t(`signoffs:shape.${problem.kind}`, { ...problem, number: problem.index + 1 });
    case 'invalid-field':
      return t('signoffs:shape.invalid-field', {
        number: problem.index + 1,
        field: problem.field,
        message: schemaIssueText(problem.issue, t),
      });
    default: {
      const unexpected: never = problem;
      return unexpected;
    }
  }
}

/** Which steps changed since a sign-off, as its step hashes tell. */
export function changedStepsMessage(steps: readonly StepId[] | null, t: TFunction): string {
  if (steps === null) return t('trust:steps.unknown');
  if (steps.length === 0) return t('trust:steps.none');
  return t('trust:steps.changed', {
    steps: steps.map((step) => t(`common:steps.${step}`)).join(', '),
  });
}

/** What does not match in a signed file, as a sentence naming the sign-off concerned. */
export function tamperProblemMessage(
  problem: TamperProblem,
  signoffs: readonly Signoff[],
  t: TFunction,
): string {
  const who = (index: number) => {
    const signoff = signoffs[index];
    return t('signoffs:who', {
      number: index + 1,
      role: signoff ? t(`signoffs:role.${signoff.role}`) : '?',
      name: signoff?.name ?? '?',
    });
  };
  switch (problem.kind) {
    case 'content-changed':
      return t('signoffs:problem.content-changed', {
        expected: short(problem.expected),
        actual: short(problem.actual),
      });
    case 'signed-other-content':
      return `${t('signoffs:problem.signed-other-content', {
        who: who(problem.index),
        signed: short(problem.signed),
        actual: short(problem.actual),
      })} ${changedStepsMessage(problem.changedSteps, t)}`;
    case 'bad-signature':
    case 'malformed-key':
    case 'chain-broken':
    case 'not-verified-first':
      return t(`signoffs:problem.${problem.kind}`, { who: who(problem.index) });
    case 'duplicate':
      return t('signoffs:problem.duplicate', { who: who(problem.index), of: problem.of + 1 });
    case 'wrong-position':
      return problem.expected === null
        ? t('signoffs:problem.extra', { who: who(problem.index) })
        : t('signoffs:problem.wrong-position', {
            who: who(problem.index),
            expected: t(`signoffs:role.${problem.expected}`),
          });
    case 'decision-not-allowed':
      return t('signoffs:problem.decision-not-allowed', {
        who: who(problem.index),
        decision: problem.decision,
      });
    case 'same-signer':
      return t('signoffs:problem.same-signer', {
        number: problem.index + 1,
        of: problem.of + 1,
      });
    default: {
      const unexpected: never = problem;
      return unexpected;
    }
  }
}
