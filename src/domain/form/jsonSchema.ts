import { civilities, yesNoValues } from './answers';
import { conditionMode, conditionRules } from './conditions';
import { fieldIndex } from './fields';
import { fieldRegistry, isAnswerable } from './registry';
import type { Condition, ConditionRule, Field, Form } from './schema';
import { parseNumber } from './values';

type Schema = Record<string, unknown>;

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

const defined = (entries: Record<string, unknown>): Schema =>
  Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined));

const text = (extra: Schema = {}): Schema => ({ type: 'string', ...extra });
const stringOption = (field: Field) =>
  (field.options ?? []).map((option) => ({ const: option.value, title: option.label }));

function partsSchema(field: Field): Schema {
  const required = field.required === true;
  if (field.type === 'identity') {
    return {
      type: 'object',
      properties: {
        civility: text({ enum: [...civilities] }),
        lastName: text(),
        firstNames: text(),
        birthDate: text({ format: 'date' }),
      },
      required: required ? ['civility', 'lastName', 'firstNames', 'birthDate'] : [],
      additionalProperties: false,
    };
  }
  return {
    type: 'object',
    properties: {
      line1: text(),
      line2: text(),
      postalCode: text({ pattern: '^\\d{5}$' }),
      city: text(),
    },
    required: required ? ['line1', 'postalCode', 'city'] : [],
    additionalProperties: false,
  };
}

/** The schema of one answer, by type, with the designer's rules. */
function answerSchema(field: Field, form: Form): Schema {
  const rules = field.validation ?? {};
  switch (field.type) {
    case 'shortText':
    case 'longText':
      return text(
        defined({
          minLength: rules.minLength,
          maxLength: rules.maxLength,
          pattern: rules.pattern && `^(?:${rules.pattern})$`,
        }),
      );
    case 'email':
      return text({ format: 'email' });
    case 'phone':
      return text({ pattern: '^(?:(?:\\+|00)33|0)\\s*[1-9](?:[\\s.-]*\\d{2}){4}$' });
    case 'siret':
      return text({ pattern: '^\\d{14}$', 'x-fabrik-check': 'luhn' });
    case 'iban':
      return text({ pattern: '^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$', 'x-fabrik-check': 'iban-mod97' });
    case 'number':
    case 'amount':
      return defined({
        type: 'number',
        minimum: rules.min,
        maximum: rules.max,
        multipleOf: field.type === 'amount' ? 0.01 : undefined,
      });
    case 'date':
      return text(
        defined({
          format: 'date',
          'x-fabrik-minDate': rules.minDate,
          'x-fabrik-maxDate': rules.maxDate,
        }),
      );
    case 'yesNo':
      return text({ enum: [...yesNoValues] });
    case 'radio':
    case 'select':
      return text({ oneOf: stringOption(field) });
    case 'checkboxes':
      return defined({
        type: 'array',
        items: { oneOf: stringOption(field) },
        uniqueItems: true,
        minItems: leastItems(field, rules.minItems),
        maxItems: rules.maxItems,
      });
    case 'file':
      return defined({
        type: 'array',
        items: {
          type: 'object',
          properties: { name: text(), size: { type: 'integer', minimum: 0 }, type: text() },
          required: ['name', 'size'],
        },
        minItems: leastItems(field, rules.minItems),
        maxItems: rules.maxItems,
        'x-fabrik-fileTypes': rules.fileTypes,
        'x-fabrik-maxSizeMb': rules.maxSizeMb,
      });
    case 'consent':
      return field.required ? { type: 'boolean', const: true } : { type: 'boolean' };
    case 'identity':
    case 'address':
      return partsSchema(field);
    case 'group':
      return defined({
        type: 'array',
        items: objectSchema(collect(field.fields ?? [], []), form),
        minItems: leastItems(field, rules.minItems),
        maxItems: rules.maxItems,
      });
    default:
      return {};
  }
}

const isListAnswer = (field: Field) =>
  ['choices', 'files', 'items'].includes(fieldRegistry[field.type].answer);

/** A required list (choices, files, blocks) needs one item at least, as the form checks. */
function leastItems(field: Field, minItems: number | undefined): number | undefined {
  return field.required ? Math.max(1, minItems ?? 1) : minItems;
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
  const numeric = fieldRegistry[target.type].answer === 'number';
  const literal = (text: string) => (numeric ? parseNumber(text) : text);
  const single = value === undefined ? undefined : literal(value);
  const number = value === undefined ? undefined : parseNumber(value);
  switch (rule.op) {
    case 'filled':
      return { required: [key] };
    case 'empty':
      return { not: { required: [key] } };
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
      return number === undefined ? undefined : has({ exclusiveMinimum: number });
    case 'lessThan':
      return number === undefined ? undefined : has({ exclusiveMaximum: number });
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
        then: defined({
          required: [field.key],
          // Required lists need an item, as in `leastItems`.
          properties: isListAnswer(field) ? { [field.key]: { minItems: 1 } } : undefined,
        }),
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
