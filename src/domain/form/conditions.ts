import { fieldRegistry } from './registry';
import { isFilled, isIsoDate, parseNumber } from './values';
import type { Condition, ConditionRule, Field, FieldType, Page } from './schema';
import { ownValue } from '../json';

/** Answers by field id, as the preview and the try-out hold them. */
export type Answers = Readonly<Record<string, unknown>>;

/**
 * The type of the field a rule reads, by its id: a number or an amount is compared as a
 * number. Without it (or for a field it does not know), answers are compared as texts.
 */
export type FieldTypeOf = (id: string) => FieldType | undefined;

export function conditionRules(condition: Condition | undefined): ConditionRule[] {
  if (!condition) return [];
  return 'all' in condition ? condition.all : condition.any;
}

export function conditionMode(condition: Condition): 'all' | 'any' {
  return 'all' in condition ? 'all' : 'any';
}

export function makeCondition(mode: 'all' | 'any', rules: ConditionRule[]): Condition {
  return mode === 'all' ? { all: rules } : { any: rules };
}

const normalize = (value: string) => value.trim().toLocaleLowerCase('fr');

/**
 * The answer as texts to compare: a choice, ticked choices, a yes/no, a typed text. An empty
 * text is no answer, so it matches no value.
 */
function answerTexts(answer: unknown): string[] {
  if (Array.isArray(answer))
    return answer
      .filter((item) => typeof item === 'string')
      .map(normalize)
      .filter(Boolean);
  if (typeof answer === 'string') return [normalize(answer)].filter(Boolean);
  if (typeof answer === 'number' || typeof answer === 'boolean') return [String(answer)];
  return [];
}

/**
 * Whether a number answer is one of the values, compared as numbers ("10" = "10,0" =
 * "10.00"); undefined when the answer or every value is not a number, to compare texts.
 */
function numberMatches(answer: unknown, values: readonly string[]): boolean | undefined {
  const left = parseNumber(answer);
  const rights = values.map(parseNumber).filter((value) => value !== undefined);
  if (left === undefined || rights.length === 0) return undefined;
  return rights.includes(left);
}

function compare(answer: unknown, value: string): number | undefined {
  if (typeof answer === 'string' && isIsoDate(answer) && isIsoDate(value)) {
    return answer < value ? -1 : answer > value ? 1 : 0;
  }
  const left = parseNumber(answer);
  const right = parseNumber(value);
  return left === undefined || right === undefined ? undefined : Math.sign(left - right);
}

/**
 * Whether one rule holds for these answers; an answer from a hidden field counts as empty.
 * `typeOf` tells which fields hold numbers, whose equality is numeric.
 */
export function evaluateRule(rule: ConditionRule, answers: Answers, typeOf?: FieldTypeOf): boolean {
  const answer = ownValue(answers, rule.field);
  // A list typed with a trailing comma ("a, b, ") holds an empty value: it compares with nothing.
  const values = (
    Array.isArray(rule.value) ? rule.value : rule.value === undefined ? [] : [rule.value]
  )
    .map(normalize)
    .filter(Boolean);
  const texts = answerTexts(answer);
  const type = typeOf?.(rule.field);
  const numeric = type !== undefined && fieldRegistry[type].answer === 'number';
  // Dates need nothing more: both sides are days written "YYYY-MM-DD", equal as texts.
  const matches = (candidates: readonly string[]) =>
    (numeric ? numberMatches(answer, candidates) : undefined) ??
    texts.some((text) => candidates.includes(text));
  switch (rule.op) {
    case 'filled':
      return isFilled(answer);
    case 'empty':
      return !isFilled(answer);
    case 'equals':
      return values.length > 0 && matches(values.slice(0, 1));
    case 'notEquals':
      return values.length > 0 && !matches(values.slice(0, 1));
    case 'oneOf':
      return matches(values);
    case 'greaterThan':
      return values.length > 0 && compare(answer, values[0]!) === 1;
    case 'lessThan':
      return values.length > 0 && compare(answer, values[0]!) === -1;
  }
}

/**
 * The one function that decides whether a condition holds, shared by the preview, the
 * try-out and the checks. No condition, or one without rules, always holds.
 */
export function evaluateCondition(
  condition: Condition | undefined,
  answers: Answers,
  typeOf?: FieldTypeOf,
): boolean {
  const rules = conditionRules(condition);
  if (rules.length === 0) return true;
  return 'all' in condition!
    ? rules.every((rule) => evaluateRule(rule, answers, typeOf))
    : rules.some((rule) => evaluateRule(rule, answers, typeOf));
}

/** Ids of the fields a field's or a page's conditions read. */
export function conditionDependencies(
  owner: Pick<Field, 'visibleWhen' | 'requiredWhen'> | Page,
): string[] {
  const rules = [
    ...conditionRules(owner.visibleWhen),
    ...('requiredWhen' in owner ? conditionRules(owner.requiredWhen) : []),
  ];
  return [...new Set(rules.map((rule) => rule.field))];
}
