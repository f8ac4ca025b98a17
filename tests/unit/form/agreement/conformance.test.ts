import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { createField } from '../../../../src/domain/form/factory';
import { formData } from '../../../../src/domain/form/formData';
import { formProblems } from '../../../../src/domain/form/formProblems';
import { formToJsonSchema } from '../../../../src/domain/form/jsonSchema';
import type { Field, Form } from '../../../../src/domain/form/schema';
import { fieldTypes } from '../../../../src/domain/form/vocabulary';
import { strictAjv, TODAY } from './ajv';

/** A form with a field of every type, the simple ones also inside a repeatable group. */
function everyType(): Form {
  let next = 0;
  const makeId = () => `id${next++}`;
  const empty: Form = { pages: [{ id: 'p', title: 'Page', fields: [] }] };
  const fields = fieldTypes.map((type) =>
    createField(type, type, empty, { label: type, optionLabels: ['Un', 'Deux'] }, makeId),
  );
  const group = fields.find((field) => field.type === 'group')!;
  group.fields = fields
    .filter((field) => field.type !== 'section' && field.type !== 'group')
    .map((field) => ({ ...field, id: `${field.id}_in`, key: `${field.key}_in` }));
  const controlled: Field = {
    ...fields.find((field) => field.type === 'identity')!,
    id: 'late',
    key: 'late',
    required: false,
    requiredWhen: { all: [{ field: 'yesNo', op: 'equals', value: 'yes' }] },
    visibleWhen: { any: [{ field: 'number', op: 'greaterThan', value: '3' }] },
  };
  return { pages: [{ id: 'p', title: 'Page', fields: [...fields, controlled] }] };
}

describe('the exported JSON Schema', () => {
  it('compiles with Ajv 2020 in strict mode once Fabrik’s keywords are declared', () => {
    const schema = formToJsonSchema(everyType(), 'Toutes les questions');
    expect(() => new Ajv2020({ strict: true }).compile(schema)).toThrow(/x-fabrik/);
    expect(() => strictAjv().compile(schema)).not.toThrow();
  });

  const one = (field: Field) => ({ pages: [{ id: 'p', title: 'Page', fields: [field] }] });
  const verdicts = (field: Field, value: unknown) => {
    const form = one(field);
    const validate = strictAjv().compile(formToJsonSchema(form, 'Essai'));
    const data = formData(form, { [field.id]: value });
    return {
      app: formProblems(form, { [field.id]: value }, TODAY).length === 0,
      schema: validate(data),
      data: data[field.key],
    };
  };
  const question = (type: Field['type']): Field => ({
    id: 'q',
    key: 'q',
    type,
    label: 'Q',
    required: true,
  });

  it.each([
    ['phone', '+33 (0)6 12 34 56 78', '+33612345678'],
    ['iban', 'fr76 3000 6000 0112 3456 7890 189', 'FR7630006000011234567890189'],
    ['siret', '732 829 320 00074', '73282932000074'],
    ['amount', '0,07', 0.07],
    ['amount', '19,99', 19.99],
  ] as const)('accepts %s « %s », sent as %j, on both sides', (type, typed, sent) => {
    expect(verdicts(question(type), typed)).toEqual({ app: true, schema: true, data: sent });
  });

  it.each([
    ['email', 'a@b.c'],
    ['siret', '732 829 320 00075'],
    ['iban', 'FR76 3000 6000 0112 3456 7890 188'],
    ['amount', '0,075'],
  ] as const)('refuses %s « %s » on both sides', (type, typed) => {
    const { app, schema } = verdicts(question(type), typed);
    expect({ app, schema }).toEqual({ app: false, schema: false });
  });
});
