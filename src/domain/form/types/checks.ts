import { problem, type AnswerProblem, type ValidationContext } from '../problems';
import type { Field } from '../schema';
import { isIsoDate } from '../values';
import type { FieldTypeDefinition, JsonSchema } from './definition';

/** The properties every question has. */
export const common = [
  'label',
  'help',
  'required',
  'requiredWhen',
  'justification',
  'prefill',
] as const;

/** Of a type whose answer is one value: how to read it, check it and pass it on. */
interface ScalarSpec<T> {
  /** The answer, or undefined when the field is not answered. */
  read(value: unknown): T | undefined;
  /** What is wrong with an answer read. */
  check(field: Field, answer: T, context: ValidationContext): AnswerProblem[];
  /** The data of an answer read (by default, the answer itself). */
  toData?(answer: T): unknown;
  /** The problem of a required field left empty. */
  emptyCode?: 'required' | 'consentRequired';
}

/** `validate` and `data` of a type whose answer is one value, from how it is read. */
export function scalar<T>(spec: ScalarSpec<T>): Pick<FieldTypeDefinition, 'validate' | 'data'> {
  return {
    validate(field, value, context) {
      const answer = spec.read(value);
      if (answer === undefined) {
        return context.required ? [problem(field, spec.emptyCode ?? 'required')] : [];
      }
      return spec.check(field, answer, context);
    },
    data(_field, value) {
      const answer = spec.read(value);
      if (answer === undefined) return undefined;
      return spec.toData ? spec.toData(answer) : answer;
    },
  };
}

/** Text with characters, trimmed; undefined for anything else. */
export function readText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

const day = (bound: string, today: string) => (bound === 'today' ? today : bound);

/** A day "YYYY-MM-DD" within the field's range (or `bounds`, for a part of an answer). */
export function checkDate(
  field: Field,
  value: string,
  today: string,
  bounds: { minDate?: string; maxDate?: string } = field.validation ?? {},
  part?: string,
): AnswerProblem[] {
  if (!isIsoDate(value)) return [problem(field, 'invalidDate', undefined, part)];
  const { minDate, maxDate } = bounds;
  if (minDate && value < day(minDate, today))
    return [problem(field, 'minDate', { date: day(minDate, today) }, part)];
  if (maxDate && value > day(maxDate, today))
    return [problem(field, 'maxDate', { date: day(maxDate, today) }, part)];
  return [];
}

/** The fewest and most choices ticked, files attached or blocks added. */
export function checkCount(field: Field, count: number): AnswerProblem[] {
  const { minItems, maxItems } = field.validation ?? {};
  if (minItems !== undefined && count < minItems)
    return [problem(field, 'minItems', { min: minItems })];
  if (maxItems !== undefined && count > maxItems)
    return [problem(field, 'maxItems', { max: maxItems })];
  return [];
}

/** Drops the entries whose value is undefined (JSON Schema has no "absent" value). */
export function defined(entries: JsonSchema): JsonSchema {
  return Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));
}

/** A required list (choices, files, blocks) needs one item at least, as the form checks. */
export function leastItems(field: Field): number | undefined {
  const minItems = field.validation?.minItems;
  return field.required ? Math.max(1, minItems ?? 1) : minItems;
}

/** The count bounds of a list answer, in JSON Schema. */
export function countSchema(field: Field): JsonSchema {
  return defined({ minItems: leastItems(field), maxItems: field.validation?.maxItems });
}

/** The list of `count` items (at least the fewest the field asks for) made by `make`. */
export function sampleCount(field: Field): number {
  return Math.max(1, field.validation?.minItems ?? 0);
}
