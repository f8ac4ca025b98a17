import { describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import {
  addParticipant,
  participantReferences,
  removeParticipant,
  updateParticipant,
} from '../../../src/domain/team/commands';
import type { Participant } from '../../../src/domain/team/schema';
import { teamReadiness } from '../../../src/domain/team/readiness';
import { addWorkshop, setAttendance } from '../../../src/domain/workshops/commands';
import { newWorkshop } from '../../../src/domain/workshops/defaults';
import { captureException } from '../../../src/domain/exceptions/commands';
import { doUndoRedo } from '../workshops/doUndoRedo';

const now = new Date('2026-11-23T09:00:00.000Z');
const awa: Participant = {
  id: 'p-awa',
  name: 'Awa Diallo',
  service: 'État civil',
  role: 'referent',
};
const bruno: Participant = { id: 'p-bruno', name: 'Bruno Petit', service: 'DSI', role: 'it' };

const withTeam = () =>
  addParticipant({ participant: bruno }).apply(
    addParticipant({ participant: awa }).apply(createPrototype('Carte', now)),
  );

describe('addParticipant', () => {
  it('adds a participant at the end of the team, undoably', () => {
    const after = doUndoRedo(createPrototype('Carte', now), addParticipant({ participant: awa }));
    expect(after.team).toEqual([awa]);
  });
});

describe('updateParticipant', () => {
  it('changes what is given and nothing else, undoably', () => {
    const after = doUndoRedo(
      withTeam(),
      updateParticipant({ id: 'p-bruno', changes: { role: 'legal' } }),
    );
    expect(after.team[1]).toEqual({ ...bruno, role: 'legal' });
    expect(after.team[0]).toEqual(awa);
  });

  it('returns the same prototype when nothing changes', () => {
    const prototype = withTeam();
    expect(
      updateParticipant({ id: 'p-awa', changes: { name: 'Awa Diallo' } }).apply(prototype),
    ).toBe(prototype);
  });

  it('merges typing in one box of one participant into one undo step', () => {
    const typing = updateParticipant({ id: 'p-awa', changes: { name: 'A' } });
    expect(typing.mergeKey).toBe(
      updateParticipant({ id: 'p-awa', changes: { name: 'Aw' } }).mergeKey,
    );
    expect(typing.mergeKey).not.toBe(
      updateParticipant({ id: 'p-awa', changes: { service: 'A' } }).mergeKey,
    );
  });
});

describe('removeParticipant', () => {
  it('removes them and clears every reference to them, undoably', () => {
    // given a participant who attends a workshop and raised and follows an exception
    let prototype = addWorkshop({ workshop: newWorkshop('w1', 'Atelier 1') }).apply(withTeam());
    prototype = setAttendance({ workshopId: 'w1', participantId: 'p-bruno', attends: true }).apply(
      prototype,
    );
    prototype = captureException({
      exception: {
        id: 'e1',
        title: 'Demandeur sous tutelle',
        description: '',
        frequency: 'rare',
        status: 'open',
        raisedById: 'p-bruno',
        ownerId: 'p-awa',
        context: { step: 'form' },
        createdAt: now.toISOString(),
      },
    }).apply(prototype);
    expect(participantReferences(prototype, 'p-bruno')).toEqual({ workshops: 1, exceptions: 1 });
    // when
    const after = doUndoRedo(prototype, removeParticipant({ id: 'p-bruno' }));
    // then
    expect(after.team.map((participant) => participant.id)).toEqual(['p-awa']);
    expect(after.workshops[0]?.attendeeIds).toEqual([]);
    expect(after.exceptions[0]).not.toHaveProperty('raisedById');
    expect(after.exceptions[0]?.ownerId).toBe('p-awa');
  });
});

describe('team readiness', () => {
  it('requires a referent', () => {
    expect(teamReadiness([bruno])).toEqual([
      expect.objectContaining({
        step: 'workshops',
        messageKey: 'workshops:readiness.noReferent',
        severity: 'error',
      }),
    ]);
    expect(teamReadiness([awa, bruno])).toEqual([]);
  });

  it('warns, without blocking, above six people', () => {
    const seven = Array.from({ length: 7 }, (_, index) => ({ ...awa, id: `p${index}` }));
    expect(teamReadiness(seven)).toEqual([
      expect.objectContaining({
        messageKey: 'workshops:readiness.teamTooLarge',
        severity: 'warning',
        params: { count: 7, max: 6 },
      }),
    ]);
    expect(teamReadiness(seven.slice(0, 6))).toEqual([]);
  });
});
