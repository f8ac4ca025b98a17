import { describe, expect, it } from 'vitest';
import { frameDocument } from '../../../src/domain/frame/document';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import '../../../src/features/frame/i18n';
import { i18n } from '../../../src/ui/i18n/i18n';

/** A frame where every part has something, so that every string of the document is used. */
const blank = createPrototype('Carte de stationnement', new Date('2026-11-23T09:00:00.000Z'));
const full: Prototype = {
  ...blank,
  frame: {
    stakeholders: [{ id: 's1', kind: 'partner', name: 'CAF', role: 'données' }],
    where: { territory: 'intercommunalite', territoryName: 'Val de Saône' },
    when: { deadline: '2027-06-30', basis: 'internal', reference: '' },
    how: { means: '', delivery: 'mixed' },
    budget: [{ id: 'b1', item: 'Licence' }],
    objectives: [{ id: 'o1', objective: 'Délais', indicator: '', target: '' }],
  },
  impacts: {
    agents: [
      {
        id: 'a1',
        role: 'Ancien rôle',
        before: 'x',
        workload: '',
        means: '',
        responsibilities: '',
        owner: '',
        action: '',
      },
    ],
    requesters: {
      struggling: 'Personnes âgées',
      help: ['france-services'],
      channels: { online: 90, mail: 10 },
      owner: '',
      action: '',
    },
    budget: { currentCost: '10 k€', savingsUse: '', owner: '', action: '' },
  },
};
const roles = [
  { role: 'Instructeur', steps: [{ id: 't', name: 'Vérifier', delayDays: 2 }], totalDelayDays: 2 },
  { role: 'Élu', steps: [{ id: 'u', name: '' }], totalDelayDays: 0 },
];

function keysUsed(prototype: Prototype, withRoles: typeof roles): string[] {
  const keys = new Set<string>();
  frameDocument(prototype, withRoles, {
    t: (key) => {
      keys.add(key.includes(':') ? key : `frame:${key}`);
      return key;
    },
    amount: String,
    date: String,
  });
  return [...keys];
}

describe('the frame document’s words', () => {
  it.each(['fr', 'en'])('all exist in %s', (language) => {
    // Without falling back to French: an English reader must get English.
    const exists = (key: string) => i18n.exists(key, { lng: language, fallbackLng: false });
    expect(exists('frame:document.nothing')).toBe(false);
    const keys = [...keysUsed(full, roles), ...keysUsed(blank, [])];
    expect(keys.length).toBeGreaterThan(60);
    expect(keys.filter((key) => !exists(key))).toEqual([]);
  });
});
