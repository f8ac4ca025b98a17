import { conditionMode, conditionRules } from './conditions';
import { fieldIndex } from './fields';
import { definitionOf, isAnswerable } from './registry';
import type { Condition, ConditionRule, Field, Form } from './schema';
import { defined } from './types/checks';
import type { JsonSchema } from './types/definition';
import { parseNumber } from './values';

type Schema = JsonSchema;

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

/** The schema of a field's data, as its type describes it; a group's blocks are objects. */
function answerSchema(field: Field, form: Form): Schema {
  const itemSchema = (group: Field) => objectSchema(collect(group.fields ?? [], []), form);
  return definitionOf(field.type).jsonSchema(field, itemSchema) ?? {};
}

/**
 * What an answer required under a condition must be: nothing more than an optional one
 * for most types; for a list (an item), an identity (every box) or a consent (given), the
 * schema of the answer as if it were always required.
 */
function whenRequired(field: Field, form: Form): Schema {
  const optional = answerSchema({ ...field, required: false }, form);
  const required = answerSchema({ ...field, required: true }, form);
  return JSON.stringify(optional) === JSON.stringify(required) ? {} : required;
}

/** A condition as JSON Schema, when every field it reads is a property of the same object. */
function conditionSchema(
  condition: Condition | undefined,
  form: Form,
  scope: ReadonlySet<string>,
): Schema | undefined {
  const rules = conditionRules(condition);
  if (rules.length === 0) return undefined;
  const parts = rules.map((rule) => ruleSchema(rule, form, scope));
  if (parts.some((part) => part === undefined)) return undefined;
  return conditionMode(condition!) === 'all' ? { allOf: parts } : { anyOf: parts };
}

function ruleSchema(
  rule: ConditionRule,
  form: Form,
  scope: ReadonlySet<string>,
): Schema | undefined {
  const target = fieldIndex(form).get(rule.field)?.field;
  if (!target || !scope.has(target.id)) return undefined;
  const key = target.key;
  const value = Array.isArray(rule.value) ? rule.value[0] : rule.value;
  const isList = target.type === 'checkboxes';
  const has = (schema: Schema): Schema => ({ properties: { [key]: schema }, required: [key] });
  // A number answer is a JSON number: the rule's values, typed as text, are compared as numbers.
  const numeric = definitionOf(target.type).answer === 'number';
  const literal = (text: string) => (numeric ? parseNumber(text) : text);
  const single = value === undefined ? undefined : literal(value);
  const number = value === undefined ? undefined : parseNumber(value);
  switch (rule.op) {
    case 'filled':
      return has({});
    case 'empty':
      return { not: has({}) };
    case 'equals':
      return single === undefined
        ? undefined
        : has(isList ? { contains: { const: single } } : { const: single });
    case 'notEquals':
      return single === undefined
        ? undefined
        : { not: has(isList ? { contains: { const: single } } : { const: single }) };
    case 'oneOf': {
      const texts = Array.isArray(rule.value) ? rule.value : value === undefined ? [] : [value];
      const values = texts.map(literal);
      if (values.some((candidate) => candidate === undefined)) return undefined;
      return has(isList ? { contains: { enum: values } } : { enum: values });
    }
    case 'greaterThan':
      return number === undefined ? undefined : has({ type: 'number', exclusiveMinimum: number });
    case 'lessThan':
      return number === undefined ? undefined : has({ type: 'number', exclusiveMaximum: number });
  }
}

interface Entry {
  field: Field;
  /** Conditions of the page and section around the field, then its own. */
  shownWhen: Condition[];
}

/** The fields that become properties, with the conditions around each (sections are flattened). */
function collect(fields: readonly Field[], around: Condition[], entries: Entry[] = []): Entry[] {
  for (const field of fields) {
    const shownWhen = field.visibleWhen ? [...around, field.visibleWhen] : around;
    if (field.type === 'section') collect(field.fields ?? [], shownWhen, entries);
    else if (isAnswerable(field.type) || field.type === 'group') entries.push({ field, shownWhen });
  }
  return entries;
}

function objectSchema(entries: readonly Entry[], form: Form): Schema {
  const scope = new Set(entries.map(({ field }) => field.id));
  const required: string[] = [];
  const conditional: Schema[] = [];
  for (const { field, shownWhen } of entries) {
    const needs = [...shownWhen, ...(field.requiredWhen ? [field.requiredWhen] : [])];
    if (!field.required && !field.requiredWhen) continue;
    if (needs.length === 0) {
      required.push(field.key);
      continue;
    }
    const conditions = needs.map((condition) => conditionSchema(condition, form, scope));
    if (conditions.every((condition) => condition !== undefined)) {
      conditional.push({
        if: conditions.length === 1 ? conditions[0] : { allOf: conditions },
        then: { required: [field.key], properties: { [field.key]: whenRequired(field, form) } },
      });
    }
  }
  return defined({
    type: 'object',
    properties: Object.fromEntries(
      entries.map(({ field, shownWhen }) => [
        field.key,
        defined({
          title: field.label,
          description: field.help || undefined,
          ...answerSchema(field, form),
          'x-fabrik-id': field.id,
          'x-fabrik-justification': field.justification || undefined,
          'x-fabrik-noJustificationReason': field.noJustificationReason || undefined,
          'x-fabrik-prefill': field.prefill,
          'x-fabrik-shownWhen':
            shownWhen.length > 0
              ? shownWhen.map((condition) => readable(condition, form))
              : undefined,
          'x-fabrik-requiredWhen': field.requiredWhen && readable(field.requiredWhen, form),
        }),
      ]),
    ),
    required,
    allOf: conditional.length > 0 ? conditional : undefined,
    additionalProperties: false,
  });
}

/** A condition with keys instead of ids, for the people who read the schema. */
function readable(condition: Condition, form: Form) {
  const rules = conditionRules(condition).map((rule) => ({
    ...rule,
    field: fieldIndex(form).get(rule.field)?.field.key ?? `(deleted ${rule.field})`,
  }));
  return { [conditionMode(condition)]: rules };
}

/**
 * The form alone as a JSON Schema (draft 2020-12) of the answers, by key, for the team that
 * builds the real service. Pages and sections only arrange the form: their fields are
 * properties of the one answer object, and their conditions become `if`/`then` requirements
 * where JSON Schema can say them (they are always kept readable in `x-fabrik-shownWhen`).
 */
export function formToJsonSchema(form: Form, title: string): Schema {
  const entries = form.pages.flatMap((page) =>
    collect(page.fields, page.visibleWhen ? [page.visibleWhen] : []),
  );
  return { $schema: JSON_SCHEMA_DIALECT, title, ...objectSchema(entries, form) };
}
