import { describe, expect, it } from 'vitest';
import { createField } from '../../../src/domain/form/factory';
import { formProblems } from '../../../src/domain/form/formProblems';
import { sampleAnswer, sampleAnswers } from '../../../src/domain/form/sampleAnswer';
import type { Field } from '../../../src/domain/form/schema';
import { fieldTypes, type FieldType } from '../../../src/domain/form/vocabulary';
import { validateAnswer } from '../../../src/domain/form/validateAnswer';
import { field, page } from './builders';

const today = '2026-11-23';
const context = { required: true, today };
const options = [
  { id: '1', value: 'particulier', label: 'Particulier' },
  { id: '2', value: 'entreprise', label: 'Entreprise' },
];

/** A field of each type with demanding rules, as a designer may set them. */
const demanding: Record<FieldType, Field> = {
  shortText: field('a', 'shortText', {
    validation: { pattern: '[A-Z]{2}-\\d{4}', minLength: 7, maxLength: 7 },
  }),
  longText: field('a', 'longText', { validation: { minLength: 40 } }),
  number: field('a', 'number', { validation: { min: 18, max: 20 } }),
  amount: field('a', 'amount', { validation: { min: 0.005, max: 0.02 } }),
  date: field('a', 'date', { validation: { minDate: '2030-01-01', maxDate: '2030-12-31' } }),
  email: field('a', 'email'),
  phone: field('a', 'phone'),
  address: field('a', 'address'),
  yesNo: field('a', 'yesNo'),
  radio: field('a', 'radio', { options }),
  select: field('a', 'select', { options }),
  checkboxes: field('a', 'checkboxes', { options, validation: { minItems: 2 } }),
  file: field('a', 'file', { validation: { fileTypes: ['jpg'], minItems: 2, maxSizeMb: 1 } }),
  identity: field('a', 'identity'),
  siret: field('a', 'siret'),
  iban: field('a', 'iban'),
  consent: field('a', 'consent'),
  section: field('a', 'section'),
  explanation: field('a', 'explanation'),
  group: field('a', 'group', {
    validation: { minItems: 2 },
    fields: [field('b', 'date', { validation: { maxDate: 'today' } }), field('c', 'siret')],
  }),
};

describe('sampleAnswer', () => {
  it.each(fieldTypes)('gives a %s that the form accepts, even under demanding rules', (type) => {
    const sample = sampleAnswer(demanding[type], { today });
    if (type === 'section' || type === 'explanation') {
      expect(sample).toBeUndefined();
      return;
    }
    expect(sample).toBeDefined();
    expect(validateAnswer(demanding[type], sample, context)).toEqual([]);
  });

  it.each(fieldTypes)('gives a new %s, as the palette makes it, an accepted answer', (type) => {
    const made = createField(
      type,
      'n',
      { pages: [page('p', [])] },
      { label: 'N', optionLabels: ['Un'] },
    );
    const sample = sampleAnswer(made, { today });
    expect(validateAnswer(made, sample, context)).toEqual([]);
  });

  it('picks days within the range, "today" included', () => {
    const soon = field('d', 'date', { validation: { minDate: 'today', maxDate: '2026-12-01' } });
    expect(sampleAnswer(soon, { today })).toBe(today);
    expect(sampleAnswer(demanding.date, { today })).toBe('2030-01-01');
  });

  it('gives a file stand-in of an accepted kind and a SIRET and IBAN that pass their checks', () => {
    expect(sampleAnswer(demanding.file, { today })).toEqual([
      { name: 'piece-1.jpg', size: 1024, type: '' },
      { name: 'piece-2.jpg', size: 1024, type: '' },
    ]);
    expect(sampleAnswer(demanding.siret, { today })).toBe('732 829 320 00074');
    expect(sampleAnswer(demanding.iban, { today })).toMatch(/^FR76/);
  });

  it('gives nothing when the rules admit no answer', () => {
    const impossible = field('a', 'shortText', { validation: { minLength: 5, maxLength: 2 } });
    expect(sampleAnswer(impossible, { today })).toBeUndefined();
  });

  it('fills a whole form that its own checks then accept', () => {
    const fields = fieldTypes.map((type) => ({ ...demanding[type], id: type, key: type }));
    const form = { pages: [page('p', fields)] };
    const answers = sampleAnswers(form, { today });
    expect(formProblems(form, answers, today)).toEqual([]);
    expect(Object.keys(answers)).not.toContain('section');
  });
});
