import { describe, expect, it } from 'vitest';
import { evaluateCondition, evaluateRule } from '../../../src/domain/form/conditions';
import { evaluateForm, evaluateItem } from '../../../src/domain/form/evaluate';
import { field, page } from './builders';

describe('evaluateRule', () => {
  it('compares texts and choices without regard to case or spaces', () => {
    expect(
      evaluateRule({ field: 'a', op: 'equals', value: 'Entreprise' }, { a: ' entreprise ' }),
    ).toBe(true);
    expect(
      evaluateRule({ field: 'a', op: 'notEquals', value: 'entreprise' }, { a: 'particulier' }),
    ).toBe(true);
    expect(evaluateRule({ field: 'a', op: 'oneOf', value: ['b', 'c'] }, { a: 'c' })).toBe(true);
    expect(evaluateRule({ field: 'a', op: 'oneOf', value: ['b', 'c'] }, { a: 'd' })).toBe(false);
  });

  it('never matches an empty answer with an empty value (a list typed "b, c, ")', () => {
    expect(evaluateRule({ field: 'a', op: 'oneOf', value: ['b', 'c', ''] }, { a: '' })).toBe(false);
    expect(evaluateRule({ field: 'a', op: 'oneOf', value: ['b', ' '] }, {})).toBe(false);
    expect(evaluateRule({ field: 'a', op: 'oneOf', value: ['b', ''] }, { a: ['', 'b'] })).toBe(
      true,
    );
    expect(evaluateRule({ field: 'a', op: 'equals', value: '' }, { a: '  ' })).toBe(false);
  });

  it('reads ticked boxes as "contains"', () => {
    expect(
      evaluateRule({ field: 'a', op: 'equals', value: 'velo' }, { a: ['voiture', 'velo'] }),
    ).toBe(true);
    expect(evaluateRule({ field: 'a', op: 'notEquals', value: 'velo' }, { a: ['voiture'] })).toBe(
      true,
    );
  });

  it('tells filled from empty', () => {
    expect(evaluateRule({ field: 'a', op: 'filled' }, { a: 'x' })).toBe(true);
    expect(evaluateRule({ field: 'a', op: 'filled' }, { a: '  ' })).toBe(false);
    expect(evaluateRule({ field: 'a', op: 'empty' }, {})).toBe(true);
    expect(evaluateRule({ field: 'a', op: 'filled' }, { a: true })).toBe(true);
  });

  it('compares numbers (French decimals) and dates', () => {
    expect(evaluateRule({ field: 'a', op: 'greaterThan', value: '1000' }, { a: '1 500,50' })).toBe(
      true,
    );
    expect(evaluateRule({ field: 'a', op: 'lessThan', value: '1000' }, { a: '1 500' })).toBe(false);
    expect(
      evaluateRule({ field: 'a', op: 'lessThan', value: '2008-01-01' }, { a: '2007-12-31' }),
    ).toBe(true);
    expect(evaluateRule({ field: 'a', op: 'greaterThan', value: '10' }, { a: 'dix' })).toBe(false);
  });
});

describe('evaluateCondition', () => {
  const rules = [
    { field: 'a', op: 'equals' as const, value: 'yes' },
    { field: 'b', op: 'filled' as const },
  ];

  it('needs every rule for "all" and one for "any"; no rules always hold', () => {
    expect(evaluateCondition({ all: rules }, { a: 'yes' })).toBe(false);
    expect(evaluateCondition({ any: rules }, { a: 'yes' })).toBe(true);
    expect(evaluateCondition({ all: rules }, { a: 'yes', b: 'x' })).toBe(true);
    expect(evaluateCondition(undefined, {})).toBe(true);
    expect(evaluateCondition({ all: [] }, {})).toBe(true);
  });
});

describe('evaluateForm', () => {
  const form = {
    pages: [
      page('p1', [
        field('company', 'yesNo'),
        field('siret', 'siret', {
          visibleWhen: { all: [{ field: 'company', op: 'equals', value: 'yes' }] },
        }),
        field('name', 'shortText', {
          requiredWhen: { all: [{ field: 'siret', op: 'filled' }] },
        }),
      ]),
      page('p2', [field('kbis', 'file', { required: true })], {
        visibleWhen: { all: [{ field: 'siret', op: 'filled' }] },
      }),
    ],
  };

  it('hides fields and pages whose conditions do not hold', () => {
    const evaluation = evaluateForm(form, { company: 'no', siret: '73282932000074' });
    expect(evaluation.visible.has('siret')).toBe(false);
    // The hidden SIRET counts as empty for everything after it.
    expect(evaluation.pages.map((p) => p.id)).toEqual(['p1']);
    expect(evaluation.required.has('name')).toBe(false);
    expect(evaluation.answers).toEqual({ company: 'no' });
  });

  it('shows them, and requires under a condition, when the answers match', () => {
    const evaluation = evaluateForm(form, { company: 'yes', siret: '73282932000074' });
    expect(evaluation.visible.has('siret')).toBe(true);
    expect(evaluation.pages.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(evaluation.required.has('name')).toBe(true);
    expect(evaluation.required.has('kbis')).toBe(true);
  });

  it('evaluates each block of a repeatable group with its own answers', () => {
    const group = field('children', 'group', {
      fields: [
        field('age', 'number'),
        field('school', 'shortText', {
          visibleWhen: { all: [{ field: 'age', op: 'greaterThan', value: '5' }] },
        }),
      ],
    });
    expect(evaluateItem(group, { age: '3', school: 'x' }, {}).visible.has('school')).toBe(false);
    expect(evaluateItem(group, { age: '8' }, {}).visible.has('school')).toBe(true);
    const evaluation = evaluateForm(
      { pages: [page('p', [group])] },
      {
        children: [
          { age: '3', school: 'x' },
          { age: '9', school: 'y' },
        ],
      },
    );
    expect(evaluation.answers.children).toEqual([{ age: '3' }, { age: '9', school: 'y' }]);
  });
});
