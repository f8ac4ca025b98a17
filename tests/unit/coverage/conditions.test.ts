import { describe, expect, it } from 'vitest';
import { branchesReached, conditionBranches } from '../../../src/domain/coverage/conditions';
import { scenarioCoverage } from '../../../src/domain/coverage/coverage';
import type { Form } from '../../../src/domain/form/schema';
import type { Scenario } from '../../../src/domain/scenarios/schema';
import { field, page } from '../form/builders';

const isCompany = { all: [{ field: 'kind', op: 'equals' as const, value: 'entreprise' }] };
const choices = [
  { id: 'o1', value: 'entreprise', label: 'Entreprise' },
  { id: 'o2', value: 'particulier', label: 'Particulier' },
];

// Who asks; a company gives its SIRET, and a phone number only when it has staff; a
// page « Salariés » only for a company; a repeatable group « Véhicule » whose plate is
// asked only for a car.
const form: Form = {
  pages: [
    page('who', [
      field('kind', 'radio', { label: 'Vous êtes', options: choices }),
      field('siret', 'siret', { label: 'Numéro SIRET', visibleWhen: isCompany }),
      field('phone', 'phone', {
        label: 'Téléphone',
        requiredWhen: { any: [{ field: 'kind', op: 'equals', value: 'entreprise' }] },
      }),
      field('vehicles', 'group', {
        label: 'Véhicules',
        fields: [
          field('car', 'yesNo', { label: 'Voiture' }),
          field('plate', 'shortText', {
            label: 'Immatriculation',
            visibleWhen: { all: [{ field: 'car', op: 'equals', value: 'true' }] },
          }),
        ],
      }),
    ]),
    page('staff', [field('staffCount', 'number', { label: 'Effectif', visibleWhen: isCompany })], {
      title: 'Salariés',
      visibleWhen: isCompany,
    }),
  ],
};

const scenario = (id: string, answers: Record<string, unknown>): Scenario => ({
  id,
  name: id,
  answers,
  answered: {},
  actions: [],
  statusIds: [],
  elapsedDays: 0,
  savedAt: '2026-11-23T10:00:00.000Z',
});

describe('condition coverage', () => {
  it('lists both ways of each condition, in reading order', () => {
    expect(
      conditionBranches(form).map(({ label, rule, met }) => `${label} ${rule} ${met}`),
    ).toEqual([
      'Numéro SIRET visibleWhen true',
      'Numéro SIRET visibleWhen false',
      'Téléphone requiredWhen true',
      'Téléphone requiredWhen false',
      'Immatriculation visibleWhen true',
      'Immatriculation visibleWhen false',
      'Salariés visibleWhen true',
      'Salariés visibleWhen false',
      'Effectif visibleWhen true',
      'Effectif visibleWhen false',
    ]);
  });

  it('reaches the ways the answers make each condition go, and nothing on a skipped page', () => {
    expect([...branchesReached(form, { kind: 'particulier' })].sort()).toEqual([
      'phone:requiredWhen:unmet',
      'siret:visibleWhen:unmet',
      'staff:visibleWhen:unmet',
    ]);
    expect([...branchesReached(form, { kind: 'entreprise', siret: '1' })].sort()).toEqual([
      'phone:requiredWhen:met',
      'siret:visibleWhen:met',
      'staff:visibleWhen:met',
      'staffCount:visibleWhen:met',
    ]);
  });

  it('reads a condition inside a repeatable group once per block', () => {
    const reached = branchesReached(form, {
      kind: 'particulier',
      vehicles: [{ car: true, plate: 'AB-123-CD' }, { car: false }],
    });
    expect(reached.has('plate:visibleWhen:met')).toBe(true);
    expect(reached.has('plate:visibleWhen:unmet')).toBe(true);
  });

  it('says which scenarios reach each way, and leaves empty what none reaches', () => {
    const coverage = scenarioCoverage(
      [scenario('company', { kind: 'entreprise' }), scenario('person', { kind: 'particulier' })],
      { form, graph: null },
    );
    const by = Object.fromEntries(
      coverage.conditions.map(({ branch, scenarioIds }) => [branch.id, scenarioIds]),
    );
    expect(by['siret:visibleWhen:met']).toEqual(['company']);
    expect(by['siret:visibleWhen:unmet']).toEqual(['person']);
    expect(by['plate:visibleWhen:met']).toEqual([]);
    expect(by['staffCount:visibleWhen:unmet']).toEqual([]);
  });

  it('leaves out a condition without rules, and the requiredWhen of a field always required', () => {
    const plain: Form = {
      pages: [
        page('p', [
          field('a', 'shortText', { visibleWhen: { all: [] } }),
          field('b', 'shortText', { required: true, requiredWhen: isCompany }),
        ]),
      ],
    };
    expect(conditionBranches(plain)).toEqual([]);
    expect(branchesReached(plain, {}).size).toBe(0);
  });
});
