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

describe('equality on numbers and amounts', () => {
  const numbers = new Map([
    ['n', 'number' as const],
    ['m', 'amount' as const],
    ['t', 'shortText' as const],
  ]);
  const typeOf = (id: string) => numbers.get(id);

  it('compares the numbers, not the texts, typed in French or English style', () => {
    expect(evaluateRule({ field: 'n', op: 'equals', value: '10' }, { n: '10.0' }, typeOf)).toBe(
      true,
    );
    expect(evaluateRule({ field: 'm', op: 'equals', value: '10.5' }, { m: '10,50' }, typeOf)).toBe(
      true,
    );
    expect(evaluateRule({ field: 'm', op: 'equals', value: '1500' }, { m: '1 500' }, typeOf)).toBe(
      true,
    );
    expect(evaluateRule({ field: 'n', op: 'equals', value: '10' }, { n: 10 }, typeOf)).toBe(true);
    expect(evaluateRule({ field: 'n', op: 'equals', value: '10' }, { n: '10,1' }, typeOf)).toBe(
      false,
    );
    expect(evaluateRule({ field: 'n', op: 'notEquals', value: '10' }, { n: '10,0' }, typeOf)).toBe(
      false,
    );
    expect(evaluateRule({ field: 'n', op: 'notEquals', value: '10' }, { n: '11' }, typeOf)).toBe(
      true,
    );
    expect(
      evaluateRule({ field: 'm', op: 'oneOf', value: ['5', '10,5'] }, { m: '10.50' }, typeOf),
    ).toBe(true);
    expect(
      evaluateRule({ field: 'm', op: 'oneOf', value: ['5', '10,5'] }, { m: '10.51' }, typeOf),
    ).toBe(false);
  });

  it('keeps comparing texts for other fields, and for what is not a number', () => {
    expect(evaluateRule({ field: 't', op: 'equals', value: '10' }, { t: '10.0' }, typeOf)).toBe(
      false,
    );
    expect(evaluateRule({ field: 'n', op: 'equals', value: 'dix' }, { n: ' Dix' }, typeOf)).toBe(
      true,
    );
    expect(evaluateRule({ field: 'n', op: 'equals', value: '10' }, { n: '' }, typeOf)).toBe(false);
    expect(evaluateRule({ field: 'n', op: 'notEquals', value: '10' }, {}, typeOf)).toBe(true);
    expect(evaluateRule({ field: 'n', op: 'equals', value: '' }, { n: '0' }, typeOf)).toBe(false);
  });

  it('keeps greater and less than as they were', () => {
    expect(
      evaluateRule({ field: 'n', op: 'greaterThan', value: '10' }, { n: '10,5' }, typeOf),
    ).toBe(true);
    expect(evaluateRule({ field: 'n', op: 'lessThan', value: '10' }, { n: '10.0' }, typeOf)).toBe(
      false,
    );
  });

  it('reads the type of the field from the form, in the preview and inside a block', () => {
    const form = {
      pages: [
        page('p', [
          field('income', 'amount'),
          field('proof', 'file', {
            visibleWhen: { all: [{ field: 'income', op: 'equals', value: '1200' }] },
          }),
          field('children', 'group', {
            fields: [
              field('age', 'number'),
              field('school', 'shortText', {
                visibleWhen: { any: [{ field: 'age', op: 'oneOf', value: ['6', '7'] }] },
              }),
              field('grant', 'yesNo', {
                visibleWhen: { all: [{ field: 'income', op: 'notEquals', value: '1200' }] },
              }),
            ],
          }),
        ]),
      ],
    };
    const evaluation = evaluateForm(form, {
      income: '1 200,00',
      children: [{ age: '6,0', school: 'x', grant: 'yes' }],
    });
    expect(evaluation.visible.has('proof')).toBe(true);
    expect(evaluation.answers.children).toEqual([{ age: '6,0', school: 'x' }]);
    // The preview evaluates each block on its own, with the answers of the whole form.
    const group = form.pages[0]!.fields[2]!;
    const item = evaluateItem(group, { age: '7.0' }, evaluation.answers, evaluation.typeOf);
    expect(item.visible.has('school')).toBe(true);
    expect(item.visible.has('grant')).toBe(false);
  });
});
