import { isFilled, isIsoDate, parseNumber } from './values';
import type { Condition, ConditionRule, Field, Page } from './schema';

/** Answers by field id, as the preview and the try-out hold them. */
export type Answers = Readonly<Record<string, unknown>>;

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

function compare(answer: unknown, value: string): number | undefined {
  if (typeof answer === 'string' && isIsoDate(answer) && isIsoDate(value)) {
    return answer < value ? -1 : answer > value ? 1 : 0;
  }
  const left = parseNumber(answer);
  const right = parseNumber(value);
  return left === undefined || right === undefined ? undefined : Math.sign(left - right);
}

/** Whether one rule holds for these answers; an answer from a hidden field counts as empty. */
export function evaluateRule(rule: ConditionRule, answers: Answers): boolean {
  const answer = answers[rule.field];
  // A list typed with a trailing comma ("a, b, ") holds an empty value: it compares with nothing.
  const values = (
    Array.isArray(rule.value) ? rule.value : rule.value === undefined ? [] : [rule.value]
  )
    .map(normalize)
    .filter(Boolean);
  const texts = answerTexts(answer);
  switch (rule.op) {
    case 'filled':
      return isFilled(answer);
    case 'empty':
      return !isFilled(answer);
    case 'equals':
      return values.length > 0 && texts.includes(values[0]!);
    case 'notEquals':
      return values.length > 0 && !texts.includes(values[0]!);
    case 'oneOf':
      return texts.some((text) => values.includes(text));
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
export function evaluateCondition(condition: Condition | undefined, answers: Answers): boolean {
  const rules = conditionRules(condition);
  if (rules.length === 0) return true;
  return 'all' in condition!
    ? rules.every((rule) => evaluateRule(rule, answers))
    : rules.some((rule) => evaluateRule(rule, answers));
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
