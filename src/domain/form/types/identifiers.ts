import { problem } from '../problems';
import { canonicalIban, canonicalSiret, IBAN_PATTERN } from '../validators';
import { common, readText, scalar } from './checks';
import type { FieldTypeDefinition } from './definition';
import { firstValid } from './samples';

const properties = [...common, 'placeholder', 'defaultValue'] as const;

/**
 * The SIRET's Luhn check and the IBAN's mod-97 cannot be said in standard JSON Schema:
 * the schema names them with `x-fabrik-check`, a keyword Fabrik declares (jsonSchemaKeywords.ts).
 */
export const siret: FieldTypeDefinition = {
  group: 'structured',
  icon: 'SI',
  keyBase: 'siret',
  answer: 'text',
  format: 'siret',
  container: false,
  hasOptions: false,
  properties,
  ...scalar({
    read: readText,
    check: (field, text) => (canonicalSiret(text) ? [] : [problem(field, 'siret')]),
    toData: (text) => canonicalSiret(text) ?? text,
  }),
  jsonSchema: () => ({ type: 'string', pattern: '^\\d{14}$', 'x-fabrik-check': 'siret' }),
  sample: (field, context) =>
    firstValid(siret, field, [field.defaultValue, '732 829 320 00074'], context),
};

export const iban: FieldTypeDefinition = {
  group: 'structured',
  icon: 'IB',
  keyBase: 'iban',
  answer: 'text',
  format: 'iban',
  container: false,
  hasOptions: false,
  properties,
  ...scalar({
    read: readText,
    check: (field, text) => (canonicalIban(text) ? [] : [problem(field, 'iban')]),
    toData: (text) => canonicalIban(text) ?? text,
  }),
  jsonSchema: () => ({ type: 'string', pattern: IBAN_PATTERN, 'x-fabrik-check': 'iban' }),
  sample: (field, context) =>
    firstValid(iban, field, [field.defaultValue, 'FR76 3000 6000 0112 3456 7890 189'], context),
};
