import { describe, expect, it } from 'vitest';
import { validateAnswer } from '../../../src/domain/form/validateAnswer';
import { field } from './builders';

const today = '2026-11-23';
const codes = (...args: Parameters<typeof validateAnswer>) =>
  validateAnswer(...args).map((p) => (p.part ? `${p.part}:${p.code}` : p.code));
const required = { required: true, today };
const optional = { required: false, today };

describe('validateAnswer', () => {
  it('asks for a required answer, and lets an optional one be empty', () => {
    expect(codes(field('a'), '', required)).toEqual(['required']);
    expect(codes(field('a'), '', optional)).toEqual([]);
    expect(codes(field('a', 'consent'), false, required)).toEqual(['consentRequired']);
  });

  it('checks formats: email, phone, SIRET, IBAN', () => {
    expect(codes(field('a', 'email'), 'marie@', optional)).toEqual(['email']);
    expect(codes(field('a', 'phone'), '12', optional)).toEqual(['phone']);
    expect(codes(field('a', 'siret'), '73282932000075', optional)).toEqual(['siret']);
    expect(codes(field('a', 'iban'), 'FR7630006000011234567890188', optional)).toEqual(['iban']);
    expect(codes(field('a', 'siret'), '732 829 320 00074', optional)).toEqual([]);
  });

  it('applies length and pattern rules, with the designer’s own message', () => {
    const limited = field('a', 'shortText', {
      validation: { minLength: 3, pattern: '[A-Z]+', messages: { pattern: 'En capitales' } },
    });
    expect(validateAnswer(limited, 'AB', optional)).toEqual([
      { code: 'minLength', params: { min: 3 } },
    ]);
    expect(validateAnswer(limited, 'abc', optional)).toEqual([
      { code: 'pattern', message: 'En capitales' },
    ]);
  });

  it('checks numbers, amounts and their range', () => {
    const amount = field('a', 'amount', { validation: { min: 0, max: 1000 } });
    expect(codes(amount, 'douze', optional)).toEqual(['notANumber']);
    expect(codes(amount, '12,345', optional)).toEqual(['amount']);
    expect(codes(amount, '1 200', optional)).toEqual(['max']);
    expect(codes(amount, '12,50', optional)).toEqual([]);
  });

  it('checks dates and their range, "today" included', () => {
    const date = field('a', 'date', { validation: { minDate: '2000-01-01', maxDate: 'today' } });
    expect(codes(date, '2026-02-30', optional)).toEqual(['invalidDate']);
    expect(codes(date, '1999-12-31', optional)).toEqual(['minDate']);
    expect(validateAnswer(date, '2026-11-24', optional)).toEqual([
      { code: 'maxDate', params: { date: today } },
    ]);
    expect(codes(date, today, optional)).toEqual([]);
  });

  it('checks each box of an identity block and an address', () => {
    expect(
      codes(
        field('a', 'identity'),
        { civility: 'madame', lastName: 'Curie', birthDate: '2030-01-01' },
        required,
      ),
    ).toEqual(['firstNames:required', 'birthDate:maxDate']);
    expect(
      codes(field('a', 'address'), { line1: '1 rue', postalCode: '7500', city: 'Paris' }, required),
    ).toEqual(['postalCode:postalCode']);
  });

  it('checks files: types, size and count', () => {
    const file = field('a', 'file', {
      validation: { fileTypes: ['pdf'], maxSizeMb: 1, maxItems: 1 },
    });
    const pdf = { name: 'avis.PDF', size: 1000, type: 'application/pdf' };
    expect(codes(file, [{ name: 'photo.png', size: 10, type: 'image/png' }], optional)).toEqual([
      'fileTypes',
    ]);
    expect(codes(file, [{ ...pdf, size: 2 * 1024 * 1024 }], optional)).toEqual(['maxSizeMb']);
    expect(codes(file, [pdf, pdf], optional)).toEqual(['maxItems']);
    expect(codes(file, [pdf], optional)).toEqual([]);
  });

  it('checks ticked boxes and blocks of a group against their counts', () => {
    expect(
      codes(
        field('a', 'checkboxes', {
          validation: { minItems: 2 },
          options: [{ id: 'x', value: 'x', label: 'X' }],
        }),
        ['x', 'x'],
        optional,
      ),
    ).toEqual(['minItems']);
    expect(codes(field('g', 'group', { validation: { maxItems: 1 } }), [{}, {}], optional)).toEqual(
      ['maxItems'],
    );
  });

  it('asks a required group for one block at least', () => {
    const group = field('g', 'group', { required: true, itemLabel: ' Enfant ' });
    expect(validateAnswer(group, [], required)).toEqual([
      { code: 'itemsRequired', params: { label: 'Enfant' } },
    ]);
    expect(codes(group, undefined, required)).toEqual(['itemsRequired']);
    expect(codes(group, [{}], required)).toEqual([]);
    expect(codes(group, [], optional)).toEqual([]);
    // Without a name for one block, the requester's form names it in its own language.
    expect(validateAnswer(field('g', 'group'), [], required)).toEqual([{ code: 'itemsRequired' }]);
    // A fewest count says more than "one at least".
    expect(codes(field('g', 'group', { validation: { minItems: 2 } }), [], required)).toEqual([
      'minItems',
    ]);
  });

  it('refuses a choice that is not among the options', () => {
    const radio = field('a', 'radio', { options: [{ id: '1', value: 'x', label: 'X' }] });
    expect(codes(radio, 'y', optional)).toEqual(['unknownOption']);
    expect(codes(radio, 'x', optional)).toEqual([]);
  });

  it('refuses ticked values that are not options, and counts a value ticked twice once', () => {
    const options = [{ id: 'x', value: 'x', label: 'X' }];
    const boxes = field('a', 'checkboxes', { options, validation: { maxItems: 1 } });
    expect(codes(boxes, ['x', 'y'], optional)).toEqual(['unknownOption']);
    expect(codes(boxes, ['x', 'x'], optional)).toEqual([]);
  });

  it('refuses a civility that is not offered, and an unticked or odd consent', () => {
    expect(codes(field('i', 'identity'), { civility: 'docteur' }, optional)).toEqual([
      'civility:unknownOption',
    ]);
    expect(codes(field('c', 'consent'), 'oui', required)).toEqual(['consentRequired']);
    expect(codes(field('c', 'consent'), true, required)).toEqual([]);
  });
});
