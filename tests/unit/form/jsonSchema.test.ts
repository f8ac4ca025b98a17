import { describe, expect, it } from 'vitest';
import { formToJsonSchema, JSON_SCHEMA_DIALECT } from '../../../src/domain/form/jsonSchema';
import { field, page } from './builders';

describe('formToJsonSchema', () => {
  const form = {
    pages: [
      page('p1', [
        field('status', 'radio', {
          key: 'statut',
          required: true,
          options: [
            { id: '1', value: 'particulier', label: 'Particulier' },
            { id: '2', value: 'entreprise', label: 'Entreprise' },
          ],
        }),
        field('s', 'section', {
          fields: [
            field('siret', 'siret', {
              required: true,
              justification: 'Identifier l’entreprise',
              visibleWhen: { all: [{ field: 'status', op: 'equals', value: 'entreprise' }] },
            }),
          ],
        }),
        field('amount', 'amount', { validation: { min: 0, max: 500 } }),
      ]),
      page('p2', [
        field('kids', 'group', {
          required: true,
          fields: [field('first', 'shortText', { required: true })],
        }),
      ]),
    ],
  };
  const schema = formToJsonSchema(form, 'Carte de stationnement');
  const property = (key: string) =>
    (schema.properties as Record<string, Record<string, unknown>>)[key]!;

  it('describes the answers by key, in draft 2020-12, sections flattened', () => {
    expect(schema.$schema).toBe(JSON_SCHEMA_DIALECT);
    expect(schema.title).toBe('Carte de stationnement');
    expect(Object.keys(schema.properties as object)).toEqual(['statut', 'siret', 'amount', 'kids']);
    expect(property('statut').anyOf).toEqual([
      { const: 'particulier', title: 'Particulier' },
      { const: 'entreprise', title: 'Entreprise' },
    ]);
    expect(property('amount')).toMatchObject({
      type: 'number',
      minimum: 0,
      maximum: 500,
      'x-fabrik-maxDecimals': 2,
    });
    expect(property('siret')).toMatchObject({
      pattern: '^\\d{14}$',
      'x-fabrik-justification': 'Identifier l’entreprise',
    });
    expect(property('kids')).toMatchObject({ items: { required: ['first'] } });
  });

  it('asks a required list for one item at least, as the form does', () => {
    expect(property('kids').minItems).toBe(1);
    expect(property('amount').minItems).toBeUndefined();
  });

  it('requires unconditional fields, and conditional ones through if/then', () => {
    expect(schema.required).toEqual(['statut', 'kids']);
    expect(schema.allOf).toEqual([
      {
        if: { allOf: [{ properties: { statut: { const: 'entreprise' } }, required: ['statut'] }] },
        then: { required: ['siret'], properties: { siret: {} } },
      },
    ]);
    expect(property('siret')['x-fabrik-shownWhen']).toEqual([
      { all: [{ field: 'statut', op: 'equals', value: 'entreprise' }] },
    ]);
  });
});

describe('formToJsonSchema conditions', () => {
  const schemaOf = (fields: ReturnType<typeof field>[]) =>
    formToJsonSchema({ pages: [page('p', fields)] }, 'Aide');

  it('compares number answers with numbers, as the form does', () => {
    const schema = schemaOf([
      field('count', 'number', { key: 'enfants' }),
      field('why', 'longText', {
        key: 'motif',
        required: true,
        visibleWhen: { all: [{ field: 'count', op: 'equals', value: '2,0' }] },
      }),
      field('who', 'shortText', {
        key: 'qui',
        required: true,
        visibleWhen: { all: [{ field: 'count', op: 'oneOf', value: ['1', '1 500'] }] },
      }),
    ]);
    expect(schema.allOf).toEqual([
      {
        if: { allOf: [{ properties: { enfants: { const: 2 } }, required: ['enfants'] }] },
        then: { required: ['motif'], properties: { motif: {} } },
      },
      {
        if: { allOf: [{ properties: { enfants: { enum: [1, 1500] } }, required: ['enfants'] }] },
        then: { required: ['qui'], properties: { qui: {} } },
      },
    ]);
  });

  it('asks a list required under a condition for one item when the condition holds', () => {
    const schema = schemaOf([
      field('has', 'yesNo', { key: 'justificatif' }),
      field('files', 'file', {
        key: 'pieces',
        requiredWhen: { all: [{ field: 'has', op: 'equals', value: 'yes' }] },
      }),
    ]);
    expect(schema.allOf).toEqual([
      {
        if: {
          allOf: [{ properties: { justificatif: { const: 'yes' } }, required: ['justificatif'] }],
        },
        then: {
          required: ['pieces'],
          properties: { pieces: expect.objectContaining({ type: 'array', minItems: 1 }) },
        },
      },
    ]);
  });
});
