import { problem } from '../problems';
import { hasAtMostDecimals } from '../validators';
import { parseNumber } from '../values';
import { common, defined, readText, scalar } from './checks';
import type { FieldTypeDefinition } from './definition';
import { firstValid } from './samples';

const properties = [...common, 'placeholder', 'defaultValue', 'range'] as const;

/** A number as the form holds it: typed text ("1 234,5"), or a number. */
function readNumber(value: unknown): string | number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  return readText(value);
}

function numberType(
  base: Pick<FieldTypeDefinition, 'icon' | 'keyBase' | 'format'>,
): FieldTypeDefinition {
  const cents = base.format === 'amount';
  const definition: FieldTypeDefinition = {
    ...base,
    group: 'text',
    answer: 'number',
    container: false,
    hasOptions: false,
    properties,
    ...scalar({
      read: readNumber,
      check(field, typed) {
        const number = parseNumber(typed);
        if (number === undefined) return [problem(field, 'notANumber')];
        if (cents && !hasAtMostDecimals(number, 2)) return [problem(field, 'amount')];
        const { min, max } = field.validation ?? {};
        if (min !== undefined && number < min) return [problem(field, 'min', { min })];
        if (max !== undefined && number > max) return [problem(field, 'max', { max })];
        return [];
      },
      toData: (typed) => parseNumber(typed) ?? typed,
    }),
    // `multipleOf: 0.01` would refuse 0.07 in standard validators (0.07 / 0.01 is not an
    // integer in binary floating point): cents are checked by a keyword Fabrik declares.
    jsonSchema: (field) =>
      defined({
        type: 'number',
        minimum: field.validation?.min,
        maximum: field.validation?.max,
        'x-fabrik-maxDecimals': cents ? 2 : undefined,
      }),
    sample(field, context) {
      const { min, max } = field.validation ?? {};
      const within = [
        min !== undefined ? Math.ceil(min * 100) / 100 : undefined,
        max !== undefined ? Math.floor(max * 100) / 100 : undefined,
        min !== undefined && max !== undefined ? Math.round((min + max) / 2) : undefined,
      ].filter((number) => number !== undefined);
      const candidates = [field.defaultValue, cents ? '120,50' : '12', ...within.map(String)];
      return firstValid(definition, field, candidates, context);
    },
  };
  return definition;
}

export const number = numberType({ icon: '123', keyBase: 'nombre', format: undefined });
export const amount = numberType({ icon: '€', keyBase: 'montant', format: 'amount' });
