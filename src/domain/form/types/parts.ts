import { addressParts, civilities, identityParts, partsOf } from '../answers';
import { problem, type AnswerProblem } from '../problems';
import type { Field } from '../schema';
import { isValidPostalCode } from '../validators';
import { checkDate, common } from './checks';
import type { FieldTypeDefinition, JsonSchema } from './definition';
import { firstValid } from './samples';

/** An answer made of named boxes, each a text, some of them optional. */
interface PartsSpec {
  names: readonly string[];
  optional: readonly string[];
  /** What is wrong with one filled box. */
  check(field: Field, part: string, text: string, today: string): AnswerProblem[];
  /** The schema of each box. */
  schemas: Record<string, JsonSchema>;
  /** A valid answer, for the sample. */
  sample(today: string): Record<string, string>;
}

/** The filled boxes, trimmed, of the known parts only. */
function filledParts(value: unknown, names: readonly string[]): Record<string, string> {
  const parts = partsOf(value);
  const filled: Record<string, string> = {};
  for (const name of names) {
    const text = parts[name]?.trim();
    if (text) filled[name] = text;
  }
  return filled;
}

function partsType(
  spec: PartsSpec,
  base: Pick<FieldTypeDefinition, 'icon' | 'keyBase' | 'answer'>,
): FieldTypeDefinition {
  const definition: FieldTypeDefinition = {
    ...base,
    group: 'structured',
    format: undefined,
    container: false,
    hasOptions: false,
    properties: common,
    validate(field, value, { required, today }) {
      const filled = filledParts(value, spec.names);
      return spec.names.flatMap((part) => {
        const text = filled[part];
        if (text !== undefined) return spec.check(field, part, text, today);
        return required && !spec.optional.includes(part)
          ? [problem(field, 'required', undefined, part)]
          : [];
      });
    },
    data(_field, value) {
      const filled = filledParts(value, spec.names);
      return Object.keys(filled).length > 0 ? filled : undefined;
    },
    jsonSchema: (field) => ({
      type: 'object',
      properties: spec.schemas,
      required: field.required ? spec.names.filter((name) => !spec.optional.includes(name)) : [],
      additionalProperties: false,
    }),
    sample: (field, context) =>
      firstValid(definition, field, [spec.sample(context.today)], context),
  };
  return definition;
}

const text: JsonSchema = { type: 'string' };

export const identity = partsType(
  {
    names: identityParts,
    optional: [],
    check(field, part, value, today) {
      if (part === 'civility' && !(civilities as readonly string[]).includes(value))
        return [problem(field, 'unknownOption', undefined, part)];
      if (part === 'birthDate') return checkDate(field, value, today, { maxDate: 'today' }, part);
      return [];
    },
    schemas: {
      civility: { type: 'string', enum: [...civilities] },
      lastName: text,
      firstNames: text,
      birthDate: { type: 'string', format: 'date', 'x-fabrik-maxDate': 'today' },
    },
    sample: () => ({
      civility: 'madame',
      lastName: 'Martin',
      firstNames: 'Camille',
      birthDate: '1985-04-12',
    }),
  },
  { icon: 'ID', keyBase: 'identite', answer: 'identity' },
);

export const address = partsType(
  {
    names: addressParts,
    optional: ['line2'],
    check: (field, part, value) =>
      part === 'postalCode' && !isValidPostalCode(value)
        ? [problem(field, 'postalCode', undefined, part)]
        : [],
    schemas: {
      line1: text,
      line2: text,
      postalCode: { type: 'string', pattern: '^\\d{5}$' },
      city: text,
    },
    sample: () => ({ line1: '20 avenue de Ségur', postalCode: '75007', city: 'Paris' }),
  },
  { icon: '⌂', keyBase: 'adresse', answer: 'address' },
);
