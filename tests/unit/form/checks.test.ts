import { describe, expect, it } from 'vitest';
import {
  allowedValues,
  conditionDependents,
  conditionIssues,
} from '../../../src/domain/form/conditionChecks';
import { fieldIssues } from '../../../src/domain/form/fieldChecks';
import { formReadiness } from '../../../src/domain/form/readiness';
import { field, page, prototypeWith } from './builders';

const filled = (id: string) => ({ all: [{ field: id, op: 'filled' as const }] });

describe('conditionIssues', () => {
  const form = {
    pages: [
      page('p1', [
        field('a', 'radio', { options: [{ id: 'o', value: 'x', label: 'X' }] }),
        field('b', 'shortText'),
        field('g', 'group', {
          fields: [field('c1'), field('c2', 'shortText', { visibleWhen: filled('c1') })],
        }),
        field('later', 'shortText'),
      ]),
      page('p2', []),
    ],
  };

  it('accepts a rule on an earlier field, and on an earlier field of the same block', () => {
    expect(conditionIssues(form, { kind: 'field', id: 'b' }, filled('a'))).toEqual([]);
    expect(conditionIssues(form, { kind: 'field', id: 'c2' }, filled('c1'))).toEqual([]);
    expect(conditionIssues(form, { kind: 'page', id: 'p2' }, filled('later'))).toEqual([]);
  });

  it('flags a deleted field, a field placed after, itself, and a field inside a group read from outside', () => {
    const code = (owner: string, condition: ReturnType<typeof filled>) =>
      conditionIssues(form, { kind: 'field', id: owner }, condition).map((issue) => issue.code);
    expect(code('b', filled('gone'))).toEqual(['deletedField']);
    expect(code('b', filled('later'))).toEqual(['laterField']);
    expect(code('b', filled('b'))).toEqual(['itself']);
    expect(code('later', filled('c1'))).toEqual(['insideGroup']);
    expect(
      conditionIssues(form, { kind: 'page', id: 'p1' }, filled('a')).map((i) => i.code),
    ).toEqual(['laterField']);
  });

  it('flags a value the choice cannot take, and a comparison without a value', () => {
    const issues = conditionIssues(
      form,
      { kind: 'field', id: 'b' },
      {
        any: [
          { field: 'a', op: 'equals', value: 'y' },
          { field: 'a', op: 'equals' },
          { field: 'a', op: 'oneOf', value: ['', ' '] },
        ],
      },
    );
    expect(issues.map((i) => [i.code, i.rule])).toEqual([
      ['unknownValue', 0],
      ['missingValue', 1],
      ['missingValue', 2],
    ]);
  });

  it('lists what depends on a field', () => {
    expect(conditionDependents(form, 'c1')).toEqual([{ kind: 'field', id: 'c2' }]);
  });
});

describe('allowedValues', () => {
  it('offers each value once, even when two options share it', () => {
    const options = [
      { id: 'o1', value: 'x', label: 'X' },
      { id: 'o2', value: 'x', label: 'X bis' },
      { id: 'o3', value: 'y', label: 'Y' },
    ];
    expect(allowedValues(field('a', 'radio', { options }))).toEqual(['x', 'y']);
  });
});

describe('fieldIssues', () => {
  it('flags an empty label, duplicate option values and impossible rules', () => {
    const issues = fieldIssues(
      field('a', 'checkboxes', {
        label: ' ',
        options: [
          { id: '1', value: 'x', label: 'X' },
          { id: '2', value: 'x', label: 'X bis' },
        ],
        validation: { minItems: 3, maxItems: 1, pattern: '(' },
      }),
    );
    expect(issues.map((i) => i.code)).toEqual([
      'emptyLabel',
      'duplicateOptionValue',
      'itemsRange',
      'invalidPattern',
    ]);
  });

  it('flags min above max for lengths, numbers and dates', () => {
    expect(
      fieldIssues(field('a', 'shortText', { validation: { minLength: 5, maxLength: 2 } }))[0]?.code,
    ).toBe('lengthRange');
    expect(fieldIssues(field('a', 'number', { validation: { min: 5, max: 2 } }))[0]?.code).toBe(
      'numberRange',
    );
    expect(
      fieldIssues(
        field('a', 'date', { validation: { minDate: '2025-01-01', maxDate: '2024-01-01' } }),
      )[0]?.code,
    ).toBe('dateRange');
    expect(fieldIssues(field('a', 'number', { validation: { min: 1, max: 2 } }))).toEqual([]);
  });
});

describe('formReadiness', () => {
  it('blocks on unjustified fields and broken things', () => {
    const prototype = prototypeWith(
      page('p1', [
        field('a', 'shortText', { justification: 'Pour vous répondre' }),
        field('b', 'shortText', { label: '', justification: 'x', visibleWhen: filled('deleted') }),
        field('c', 'number', { validation: { min: 3, max: 1 } }),
      ]),
    );
    const issues = formReadiness(prototype).map((issue) => [
      issue.messageKey,
      issue.severity,
      issue.target?.id,
    ]);
    expect(issues).toEqual([
      ['formReadiness:field.emptyLabel', 'error', 'b'],
      ['formReadiness:condition.deletedField', 'error', 'b'],
      ['formReadiness:field.numberRange', 'error', 'c'],
      ['formReadiness:unjustified', 'error', 'c'],
    ]);
  });

  it('accepts a question whose referent recorded why it needs no justification', () => {
    const prototype = prototypeWith(
      page('p1', [
        field('a', 'email', { noJustificationReason: 'Le demandeur choisit le courriel' }),
        field('b', 'email', { noJustificationReason: '  ' }),
      ]),
    );
    expect(formReadiness(prototype).map((issue) => [issue.messageKey, issue.target?.id])).toEqual([
      ['formReadiness:unjustified', 'b'],
    ]);
  });

  it('warns about a form that asks nothing', () => {
    expect(formReadiness(prototypeWith(page('p1', []))).map((issue) => issue.messageKey)).toEqual([
      'formReadiness:noQuestions',
    ]);
  });
});
