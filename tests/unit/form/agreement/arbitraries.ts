import fc from 'fast-check';
import type { Field, FieldType, Validation } from '../../../../src/domain/form/schema';

/** A field of one type with rules it offers, and answers of every sort for it. */
export interface Case {
  field: Field;
  value: unknown;
}

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(''),
  fc.constant('   '),
  fc.integer(),
  fc.boolean(),
  fc.string(),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 }),
);

/** Text around `core`: as typed, with spaces around, or in another case. */
const typed = (core: fc.Arbitrary<string>) =>
  fc
    .tuple(core, fc.constantFrom('', ' ', '\u00a0', '\t'), fc.boolean())
    .map(([text, space, lower]) => `${space}${lower ? text.toLowerCase() : text}${space}`);

const digits = (length: number) => fc.stringMatching(new RegExp(`^\\d{${length}}$`));
const optionalCount = fc.option(fc.nat(4), { nil: undefined });
const required = fc.boolean();

function withRules(type: FieldType, rules: fc.Arbitrary<Validation>, extra: Partial<Field> = {}) {
  return fc.tuple(required, rules).map(([isRequired, validation]): Field => ({
    id: 'q',
    key: 'q',
    type,
    label: 'Question',
    required: isRequired,
    ...(Object.keys(validation).length > 0 ? { validation: clean(validation) } : {}),
    ...extra,
  }));
}

/** Drops the rules left undefined, as the designer stores them. */
function clean(validation: Validation): Validation {
  return Object.fromEntries(
    Object.entries(validation).filter(([, value]) => value !== undefined),
  ) as Validation;
}

const patterns = fc.constantFrom(
  undefined,
  '[A-Z]{2}\\d+',
  '.+',
  '\\s*x\\s*',
  'a|b',
  '(a+)+b',
  '\\p{L}+',
  '\\u00e9t\\u{E9}',
  '[^\\s]+',
  '([A-Z]',
  '[\\s\\S]+',
);
const textValues = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.string({ maxLength: 8, unit: 'grapheme' }),
  typed(fc.stringMatching(/^[A-Z]{2}\d{1,3}$/)),
  fc.constantFrom('x', ' x ', 'a', 'b', 'aab', 'é', 'été', 'a\rb', 'a\u2028b', 'x\u00a0x', 'ab'),
  junk,
);
const textCase = (type: FieldType) =>
  fc.record({
    field: withRules(
      type,
      fc.record({ minLength: optionalCount, maxLength: optionalCount, pattern: patterns }),
    ),
    value: textValues,
  });

const email = fc.record({
  field: withRules('email', fc.constant({})),
  value: fc.oneof(
    typed(fc.emailAddress()),
    fc.constantFrom('a@b.c', 'a@b.fr', 'a b@c.fr', 'a@b.😀😀', 'a@b.😀', '@b.fr', 'x@y'),
    fc.string({ maxLength: 8 }),
    junk,
  ),
});

const phone = fc.record({
  field: withRules('phone', fc.constant({})),
  value: fc.oneof(
    fc
      .tuple(
        fc.constantFrom('0', '+33', '0033', '+33 (0)', '+44'),
        digits(9),
        fc.constantFrom('', ' ', '.', '-'),
      )
      .map(([prefix, rest, separator]) => `${prefix}${rest.match(/.{1,2}/g)!.join(separator)}`),
    fc.constantFrom('+33 (0)6 12 34 56 78', '+33612345678', '0612345678', '06 12 34 56 7a'),
    junk,
  ),
});

const siret = fc.record({
  field: withRules('siret', fc.constant({})),
  value: fc.oneof(
    typed(digits(14)),
    fc.constantFrom('732 829 320 00074', '73282932000074', '73282932000075', '35600000012341'),
    junk,
  ),
});

const iban = fc.record({
  field: withRules('iban', fc.constant({})),
  value: fc.oneof(
    typed(fc.constantFrom('FR76 3000 6000 0112 3456 7890 189', 'FR7630006000011234567890189')),
    fc.constantFrom('FR7630006000011234567890188', 'DE89370400440532013000', 'fr76 3000'),
    typed(fc.stringMatching(/^[A-Z]{2}\d{2}[A-Z0-9]{11,16}$/)),
    junk,
  ),
});

const numbers = fc.oneof(
  fc.double({ noNaN: true, min: -1e6, max: 1e6 }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.integer({ min: -100000, max: 100000 }).map((cents) => cents / 100),
  fc.constantFrom(0.07, 19.99, 0.005, 1e21),
);
const numberCase = (type: FieldType) =>
  fc.record({
    field: withRules(
      type,
      fc.record({
        min: fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }),
        max: fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }),
      }),
    ),
    value: fc.oneof(
      numbers,
      numbers.map((number) => String(number).replace('.', ',')),
      fc.constantFrom('1 234,50', '12.5', 'douze', '1e5', '-0', ' 3 '),
      junk,
    ),
  });

const dayBound = fc.option(
  fc.oneof(fc.constant('today'), fc.constantFrom('2026-01-01', '2026-11-23', '2027-06-30')),
  { nil: undefined },
);
const days = fc.oneof(
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((day) => day.toISOString().slice(0, 10)),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  fc.constantFrom(
    '2026-11-23',
    '2026-11-22',
    '2026-11-24',
    '2024-02-29',
    '2023-02-29',
    '0050-02-29',
  ),
);
const date = fc.record({
  field: withRules('date', fc.record({ minDate: dayBound, maxDate: dayBound })),
  value: fc.oneof(days, typed(days), fc.constantFrom('01/02/2024'), junk),
});

const options = [
  { id: 'o1', value: 'particulier', label: 'Particulier' },
  { id: 'o2', value: 'entreprise', label: 'Entreprise' },
  { id: 'o3', value: 'association', label: 'Association' },
];
const optionValues = fc.constantFrom(
  'particulier',
  'entreprise',
  'association',
  'autre',
  ' particulier',
);
const choiceCase = (type: FieldType) =>
  fc.record({
    field: withRules(type, fc.constant({}), type === 'yesNo' ? {} : { options }),
    value: fc.oneof(optionValues, fc.constantFrom('yes', 'no', 'Yes'), junk),
  });

const checkboxes = fc.record({
  field: withRules('checkboxes', fc.record({ minItems: optionalCount, maxItems: optionalCount }), {
    options,
  }),
  value: fc.oneof(fc.array(fc.oneof(optionValues, fc.integer()), { maxLength: 4 }), junk),
});

const extensions = fc.constantFrom('pdf', 'jpg', 'PDF', 'png', 'tar.gz', '');
const files = fc.array(
  fc.oneof(
    fc.record({
      name: fc
        .tuple(fc.constantFrom('scan', '.', 'a.b', ''), extensions)
        .map(([stem, ext]) => (ext ? `${stem}.${ext}` : stem)),
      size: fc.oneof(
        fc.nat(3 * 1024 * 1024),
        fc.constantFrom(1024 * 1024, 1024 * 1024 + 1, 1.5, -1),
      ),
      type: fc.constantFrom('application/pdf', ''),
    }),
    junk,
  ),
  { maxLength: 3 },
);
const file = fc.record({
  field: withRules(
    'file',
    fc.record({
      minItems: optionalCount,
      maxItems: optionalCount,
      fileTypes: fc.option(fc.subarray(['pdf', 'jpg', 'PDF', 'tar.gz'], { minLength: 1 }), {
        nil: undefined,
      }),
      maxSizeMb: fc.option(fc.constantFrom(1, 2, 0.5), { nil: undefined }),
    }),
  ),
  value: fc.oneof(files, junk),
});

const consent = fc.record({
  field: withRules('consent', fc.constant({})),
  value: fc.oneof(fc.constant(true), junk),
});

const part = (core: fc.Arbitrary<string>) =>
  fc.option(fc.oneof(core, typed(core), junk), { nil: undefined });
const identity = fc.record({
  field: withRules('identity', fc.constant({})),
  value: fc.oneof(
    fc.record(
      {
        civility: part(fc.constantFrom('madame', 'monsieur', 'docteur')),
        lastName: part(fc.constantFrom('Martin', '')),
        firstNames: part(fc.constantFrom('Camille', ' ')),
        birthDate: part(days),
        extra: part(fc.constant('x')),
      },
      { requiredKeys: [] },
    ),
    junk,
  ),
});
const address = fc.record({
  field: withRules('address', fc.constant({})),
  value: fc.oneof(
    fc.record(
      {
        line1: part(fc.constantFrom('1 rue de la Paix', '')),
        line2: part(fc.constantFrom('Bâtiment B')),
        postalCode: part(fc.oneof(digits(5), fc.constantFrom('7500', '75 001', 'ABCDE'))),
        city: part(fc.constantFrom('Paris')),
      },
      { requiredKeys: [] },
    ),
    junk,
  ),
});

const child: Field = {
  id: 'child',
  key: 'prenom',
  type: 'shortText',
  label: 'Prénom',
  required: true,
  validation: { maxLength: 5 },
};
const group = fc.record({
  field: withRules('group', fc.record({ minItems: optionalCount, maxItems: optionalCount }), {
    fields: [child],
  }),
  value: fc.oneof(
    fc.array(fc.oneof(fc.record({ child: textValues }), junk), { maxLength: 3 }),
    junk,
  ),
});

const section = fc.record({
  field: fc.constant<Field>({ id: 'q', key: 'q', type: 'section', label: 'Section', fields: [] }),
  value: junk,
});
const explanation = fc.record({
  field: fc.constant<Field>({ id: 'q', key: 'q', type: 'explanation', label: 'À savoir' }),
  value: junk,
});

/** One generator per type: the compiler checks that none is missing. */
export const cases: Record<FieldType, fc.Arbitrary<Case>> = {
  shortText: textCase('shortText'),
  longText: textCase('longText'),
  number: numberCase('number'),
  amount: numberCase('amount'),
  date,
  email,
  phone,
  address,
  yesNo: choiceCase('yesNo'),
  radio: choiceCase('radio'),
  select: choiceCase('select'),
  checkboxes,
  file,
  identity,
  siret,
  iban,
  consent,
  section,
  explanation,
  group,
};
