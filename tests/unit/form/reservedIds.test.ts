import { describe, expect, it } from 'vitest';
import { evaluateForm } from '../../../src/domain/form/evaluate';
import { formProblems } from '../../../src/domain/form/formProblems';
import type { Form } from '../../../src/domain/form/schema';
import { requesterNameFrom } from '../../../src/domain/tracking/requesterName';
import { field, page } from './builders';

/**
 * A prototype stored before imports checked ids may have fields named like the built-ins of
 * every object: answers keyed by them are read as answers, never as what objects inherit.
 */
const form: Form = {
  pages: [
    page('p1', [
      field('constructor'),
      field('__proto__'),
      field('toString', 'shortText', {
        visibleWhen: { all: [{ field: 'constructor', op: 'filled' }] },
      }),
      field('hasOwnProperty', 'shortText', { required: true }),
    ]),
  ],
};

const answers = (json: string) => JSON.parse(json) as Record<string, unknown>;

describe('fields whose ids are the names of built-ins', () => {
  it('have no answer until the requester gives one', () => {
    const evaluation = evaluateForm(form, {});
    expect(evaluation.visible.has('toString')).toBe(false);
    expect(Object.keys(evaluation.answers)).toEqual([]);
    expect(formProblems(form, {}, '2026-11-23').map((problem) => problem.field.id)).toEqual([
      'hasOwnProperty',
    ]);
  });

  it('keep the answers given, "__proto__" included, and their conditions hold', () => {
    const given = answers('{"constructor":"Diallo","__proto__":"Awa","hasOwnProperty":"Rue"}');
    const evaluation = evaluateForm(form, given);
    expect(evaluation.visible.has('toString')).toBe(true);
    expect(Object.keys(evaluation.answers)).toEqual(['constructor', '__proto__', 'hasOwnProperty']);
    expect(evaluation.answers['__proto__']).toBe('Awa');
    expect(Object.getPrototypeOf(evaluation.answers)).toBeNull();
    expect(formProblems(form, given, '2026-11-23')).toEqual([]);
  });

  it('name the requester from their own answers only', () => {
    const fields = [
      { id: 'constructor', key: 'nom', label: 'Nom', type: 'shortText' },
      { id: 'toString', key: 'prenom', label: 'Prénom', type: 'shortText' },
    ];
    expect(requesterNameFrom(fields, {})).toBeUndefined();
    expect(requesterNameFrom(fields, { toString: 'Awa', constructor: 'Diallo' })).toBe(
      'Awa Diallo',
    );
  });
});
