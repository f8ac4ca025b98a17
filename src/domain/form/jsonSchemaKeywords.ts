import { isIsoDate } from './values';
import { canonicalIban, canonicalSiret, hasAtMostDecimals } from './validators';

type JsonType = 'string' | 'number' | 'integer' | 'boolean' | 'null' | 'array' | 'object';

/**
 * A keyword Fabrik adds to the JSON Schema it exports, in the shape JSON Schema validators
 * such as Ajv declare keywords (`ajv.addKeyword(definition)`): with them, the schema
 * compiles in strict mode and checks what the form checks.
 */
export interface JsonSchemaKeyword {
  keyword: string;
  /** The data it checks; a keyword without `validate` is an annotation for people. */
  type?: JsonType;
  /** What the keyword's value may be. */
  schemaType: JsonType | JsonType[];
  validate?: (value: unknown, data: unknown) => boolean;
  errors?: false;
}

/** Annotations: what the form says about a field beyond its answer, for the people who read. */
const annotations: JsonSchemaKeyword[] = [
  { keyword: 'x-fabrik-id', schemaType: 'string' },
  { keyword: 'x-fabrik-justification', schemaType: 'string' },
  { keyword: 'x-fabrik-noJustificationReason', schemaType: 'string' },
  { keyword: 'x-fabrik-prefill', schemaType: 'object' },
  { keyword: 'x-fabrik-shownWhen', schemaType: 'array' },
  { keyword: 'x-fabrik-requiredWhen', schemaType: 'object' },
];

/**
 * Fabrik's keywords, the checks among them reading "today" as `today` ("YYYY-MM-DD").
 * Everything standard JSON Schema can say is said with standard keywords (patterns on the
 * data as it is sent, sizes, counts); these four are what it cannot: the SIRET's Luhn
 * check and the IBAN's mod-97 (`x-fabrik-check`), cents without the floating-point trap of
 * `multipleOf: 0.01` (`x-fabrik-maxDecimals`), and day bounds that may be "today"
 * (`x-fabrik-minDate`, `x-fabrik-maxDate`).
 */
export function jsonSchemaKeywords(today: string): JsonSchemaKeyword[] {
  const day = (bound: unknown) => (bound === 'today' ? today : String(bound));
  const onDays =
    (holds: (value: string, bound: string) => boolean) => (bound: unknown, data: unknown) =>
      typeof data !== 'string' || !isIsoDate(data) || holds(data, day(bound));
  return [
    ...annotations,
    {
      keyword: 'x-fabrik-check',
      type: 'string',
      schemaType: 'string',
      validate: (check, data) =>
        typeof data !== 'string' ||
        (check === 'siret' ? canonicalSiret(data) : check === 'iban' ? canonicalIban(data) : '') ===
          data,
      errors: false,
    },
    {
      keyword: 'x-fabrik-maxDecimals',
      type: 'number',
      schemaType: 'number',
      validate: (digits, data) =>
        typeof data !== 'number' || hasAtMostDecimals(data, Number(digits)),
      errors: false,
    },
    {
      keyword: 'x-fabrik-minDate',
      type: 'string',
      schemaType: 'string',
      validate: onDays((value, bound) => value >= bound),
      errors: false,
    },
    {
      keyword: 'x-fabrik-maxDate',
      type: 'string',
      schemaType: 'string',
      validate: onDays((value, bound) => value <= bound),
      errors: false,
    },
  ];
}
