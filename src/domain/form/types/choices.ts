import { yesNoValues } from '../answers';
import { problem } from '../problems';
import type { Field } from '../schema';
import { isFilled } from '../values';
import { checkCount, common, countSchema, scalar, sampleCount } from './checks';
import type { FieldTypeDefinition, JsonSchema } from './definition';
import { firstValid } from './samples';

const readFilled = (value: unknown) => (isFilled(value) ? value : undefined);

/** The values a choice field accepts: its options', or yes and no. */
function values(field: Field): readonly string[] {
  return field.type === 'yesNo' ? yesNoValues : (field.options ?? []).map((option) => option.value);
}

/** One of the field's options, each with its label as title. */
function optionSchema(field: Field): JsonSchema {
  const options = field.options ?? [];
  // anyOf, not oneOf: two options with one value (flagged in the panel) are one answer.
  return options.length > 0
    ? { anyOf: options.map((option) => ({ const: option.value, title: option.label })) }
    : { not: {} };
}

const single = scalar({
  read: readFilled,
  check: (field, value) =>
    typeof value === 'string' && values(field).includes(value)
      ? []
      : [problem(field, 'unknownOption')],
});

function choiceType(
  base: Pick<FieldTypeDefinition, 'icon' | 'keyBase' | 'hasOptions' | 'properties'>,
): FieldTypeDefinition {
  const definition: FieldTypeDefinition = {
    ...base,
    group: 'choice',
    answer: 'choice',
    format: undefined,
    container: false,
    ...single,
    jsonSchema: (field) =>
      field.type === 'yesNo'
        ? { type: 'string', enum: [...yesNoValues] }
        : { type: 'string', ...optionSchema(field) },
    sample: (field, context) =>
      firstValid(definition, field, [field.defaultValue, ...values(field)], context),
  };
  return definition;
}

export const yesNo = choiceType({
  icon: '◐',
  keyBase: 'oui_non',
  hasOptions: false,
  properties: [...common, 'defaultValue'],
});
export const radio = choiceType({
  icon: '◉',
  keyBase: 'choix',
  hasOptions: true,
  properties: [...common, 'options', 'defaultValue'],
});
export const select = choiceType({
  icon: '▾',
  keyBase: 'liste',
  hasOptions: true,
  properties: [...common, 'options', 'defaultValue'],
});

/** Ticked values, each once, in order; undefined when none is ticked. */
function readTicked(value: unknown): unknown[] | undefined {
  return Array.isArray(value) && value.length > 0 ? [...new Set<unknown>(value)] : undefined;
}

export const checkboxes: FieldTypeDefinition = {
  group: 'choice',
  icon: '☑',
  keyBase: 'choix_multiples',
  answer: 'choices',
  format: undefined,
  container: false,
  hasOptions: true,
  properties: [...common, 'options', 'defaultValue', 'items'],
  ...scalar({
    read: readTicked,
    check(field, ticked) {
      const known = values(field);
      if (ticked.some((value) => typeof value !== 'string' || !known.includes(value)))
        return [problem(field, 'unknownOption')];
      return checkCount(field, ticked.length);
    },
  }),
  jsonSchema: (field) => ({
    type: 'array',
    items: optionSchema(field),
    uniqueItems: true,
    ...countSchema(field),
  }),
  sample: (field, context) =>
    firstValid(
      checkboxes,
      field,
      [field.defaultValue, [...new Set(values(field))].slice(0, sampleCount(field))],
      context,
    ),
};

export const consent: FieldTypeDefinition = {
  group: 'choice',
  icon: '✔',
  keyBase: 'consentement',
  answer: 'boolean',
  format: undefined,
  container: false,
  hasOptions: false,
  properties: ['label', 'help', 'required', 'justification'],
  // Only a ticked box says something: an unticked one is no answer.
  ...scalar({
    read: (value) => (value === true ? true : undefined),
    check: () => [],
    emptyCode: 'consentRequired',
  }),
  jsonSchema: (field) => (field.required ? { type: 'boolean', const: true } : { type: 'boolean' }),
  sample: () => true,
};
