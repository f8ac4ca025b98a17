import { describe, expect, it } from 'vitest';
import { readPastedPeople } from '../../../src/domain/team/pastedList';
import type { Participant, ParticipantRole } from '../../../src/domain/team/schema';

const roleNames: Record<ParticipantRole, string[]> = {
  referent: ['Référent', 'Referent'],
  'business-expert': ['Expert métier', 'Business expert'],
  it: ['Informatique', 'IT'],
  legal: ['Juridique', 'Legal'],
  'front-desk': ['Accueil du public', 'Front desk'],
  other: ['Autre', 'Other'],
};
const team: Participant[] = [
  { id: 'p1', name: 'Awa Diallo', service: 'État civil', role: 'referent' },
];

describe('a pasted list of people', () => {
  it('reads one person per line, « Nom ; Service ; Rôle », from an e-mail or a spreadsheet', () => {
    const { people, problems } = readPastedPeople(
      [
        'Bruno Martin ; Direction des systèmes ; informatique',
        '',
        'Chloé Bernard\tAccueil\tAccueil du public',
        'Dina Roux, Juridique, juridique',
        'Éric Petit',
      ].join('\n'),
      team,
      roleNames,
    );
    expect(problems).toEqual([]);
    expect(people).toEqual([
      { name: 'Bruno Martin', service: 'Direction des systèmes', role: 'it' },
      { name: 'Chloé Bernard', service: 'Accueil', role: 'front-desk' },
      { name: 'Dina Roux', service: 'Juridique', role: 'legal' },
      { name: 'Éric Petit', service: '', role: 'other' },
    ]);
  });

  it('says which lines it could not take, and why', () => {
    const { people, problems } = readPastedPeople(
      [
        'awa diallo ; état civil',
        ' ; Finances',
        'Farid Noor ; Finances ; Trésorier',
        'Farid Noor ; Finances',
      ].join('\n'),
      team,
      roleNames,
    );
    expect(people).toEqual([{ name: 'Farid Noor', service: 'Finances', role: 'other' }]);
    expect(problems).toEqual([
      { line: 1, kind: 'already-in-team', name: 'awa diallo' },
      { line: 2, kind: 'no-name' },
      { line: 3, kind: 'unknown-role', role: 'Trésorier' },
      { line: 4, kind: 'already-in-team', name: 'Farid Noor' },
    ]);
  });
});
