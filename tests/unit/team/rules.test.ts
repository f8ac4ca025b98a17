import { describe, expect, it } from 'vitest';
import { duplicateParticipants, sameParticipant } from '../../../src/domain/team/rules';
import type { Participant } from '../../../src/domain/team/schema';

const awa: Participant = { id: 'p1', name: 'Awa Diallo', service: 'État civil', role: 'referent' };
const paul: Participant = { id: 'p2', name: 'Paul Martin', service: '', role: 'it' };

describe('the same person twice', () => {
  it('matches the same name and service, whatever the case, accents and spaces', () => {
    expect(sameParticipant([awa, paul], { name: '  awa  DIALLO ', service: 'etat civil' })).toBe(
      awa,
    );
    expect(sameParticipant([awa, paul], { name: 'Paul Martin', service: ' ' })).toBe(paul);
  });

  it('does not match another service, another name, or an empty name', () => {
    expect(sameParticipant([awa], { name: 'Awa Diallo', service: 'Urbanisme' })).toBeUndefined();
    expect(sameParticipant([awa], { name: 'Awa Dialo', service: 'État civil' })).toBeUndefined();
    const unnamed = { ...paul, name: ' ' };
    expect(sameParticipant([unnamed], { name: '', service: '' })).toBeUndefined();
  });

  it('lists each duplicated person once', () => {
    const again = { ...awa, id: 'p3', name: 'AWA DIALLO' };
    const thrice = { ...awa, id: 'p4' };
    expect(duplicateParticipants([awa, paul, again, thrice])).toEqual([awa]);
    expect(duplicateParticipants([awa, paul])).toEqual([]);
  });
});
