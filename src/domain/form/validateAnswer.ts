import type { AnswerProblem, ValidationContext } from './problems';
import { definitionOf } from './registry';
import type { Field } from './schema';

/**
 * What is wrong with one answer, if anything: required first, then the format, then the
 * designer's rules, as the field's type checks them. The preview and the try-out show
 * these; nothing else decides.
 */
export function validateAnswer(
  field: Field,
  value: unknown,
  context: ValidationContext,
): AnswerProblem[] {
  return definitionOf(field.type).validate(field, value, context);
}
