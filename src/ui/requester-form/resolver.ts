import { set, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import { formProblems, type LocatedProblem } from '../../domain/form/formProblems';
import type { Form } from '../../domain/form/schema';
import type { AnswerProblem } from '../../domain/form/problems';

/**
 * react-hook-form's validation, done by the domain's one validator over the shown fields:
 * the preview and the try-out accept and refuse exactly the same answers.
 */
export function formResolver(
  form: Form,
  today: () => string,
  message: (problem: AnswerProblem) => string,
): Resolver<FieldValues> {
  return (values) => {
    const problems = formProblems(form, values, today());
    if (problems.length === 0) return { values, errors: {} };
    return { values: {}, errors: toFieldErrors(problems, message) };
  };
}

export function toFieldErrors(
  problems: readonly LocatedProblem[],
  message: (problem: AnswerProblem) => string,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const { path, problem } of problems) {
    set(errors, path, { type: problem.code, message: message(problem) });
  }
  return errors;
}
