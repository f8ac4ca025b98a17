import type { Field, RuleName } from './schema';

export type ProblemCode =
  | RuleName
  | 'required'
  | 'consentRequired'
  | 'itemsRequired'
  | 'email'
  | 'phone'
  | 'siret'
  | 'iban'
  | 'amount'
  | 'notANumber'
  | 'invalidDate'
  | 'postalCode'
  | 'unknownOption';

/** What is wrong with an answer; `part` names the box of a composite answer. */
export interface AnswerProblem {
  code: ProblemCode;
  part?: string;
  params?: Record<string, string | number>;
  /** The designer's own message for this rule, if they wrote one. */
  message?: string;
}

export interface ValidationContext {
  /** Whether the field must be answered here (its `required`, or its `requiredWhen` holding). */
  required: boolean;
  /** Today as "YYYY-MM-DD", for date rules that say "today". */
  today: string;
}

/** A problem of `field`, with the designer's own message for the rule when they wrote one. */
export function problem(
  field: Field,
  code: ProblemCode,
  params?: AnswerProblem['params'],
  part?: string,
): AnswerProblem {
  const message = field.validation?.messages?.[code as RuleName];
  return {
    code,
    ...(part ? { part } : {}),
    ...(params ? { params } : {}),
    ...(message?.trim() ? { message } : {}),
  };
}
