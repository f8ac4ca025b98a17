import { describe, expect, it } from 'vitest';
import { CommandRefusedError } from '../../../src/domain/commands';
import { captureException } from '../../../src/domain/exceptions/commands';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { addParticipant } from '../../../src/domain/team/commands';
import {
  addAgendaItem,
  addDecision,
  closeAgendaItem,
  moveAgendaItem,
  removeAgendaItem,
  removeDecision,
  updateAgendaItem,
  updateDecision,
} from '../../../src/domain/workshops/agendaCommands';
import {
  addWorkshop,
  endWorkshop,
  removeWorkshop,
  setAttendance,
  setWorkshopNotes,
  startWorkshop,
  updateWorkshop,
} from '../../../src/domain/workshops/commands';
import { newWorkshop } from '../../../src/domain/workshops/defaults';
import {
  isAgendaTooLong,
  runningWorkshop,
  tooManyWorkshops,
  workshopState,
} from '../../../src/domain/workshops/rules';
import { isWorkshopsStepDone } from '../../../src/domain/workshops/progress';
import { doUndoRedo } from './doUndoRedo';

const now = new Date('2026-11-23T09:00:00.000Z');
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

function planned(): Prototype {
  let prototype = createPrototype('Carte', now);
  prototype = addWorkshop({ workshop: newWorkshop('w1', 'Atelier 1') }).apply(prototype);
  prototype = addWorkshop({ workshop: newWorkshop('w2', 'Atelier 2') }).apply(prototype);
  return prototype;
}

const workshop = (prototype: Prototype, id = 'w1') =>
  prototype.workshops.find((candidate) => candidate.id === id)!;

describe('planning workshops', () => {
  it('adds a two-hour workshop, undoably', () => {
    const after = doUndoRedo(
      createPrototype('Carte', now),
      addWorkshop({ workshop: newWorkshop('w1', 'Atelier 1') }),
    );
    expect(after.workshops).toHaveLength(1);
    expect(workshop(after).durationMinutes).toBe(120);
    expect(workshopState(workshop(after))).toBe('planned');
  });

  it('sets the date and title, undoably; typing is one step', () => {
    const after = doUndoRedo(
      planned(),
      updateWorkshop({ id: 'w1', changes: { date: '2026-12-01' } }),
    );
    expect(workshop(after).date).toBe('2026-12-01');
    expect(updateWorkshop({ id: 'w1', changes: { title: 'A' } }).mergeKey).toBe(
      updateWorkshop({ id: 'w1', changes: { title: 'At' } }).mergeKey,
    );
  });

  it('warns beyond three workshops but allows them', () => {
    let prototype = planned();
    prototype = addWorkshop({ workshop: newWorkshop('w3', 'Atelier 3') }).apply(prototype);
    expect(tooManyWorkshops(prototype.workshops)).toBe(false);
    prototype = addWorkshop({ workshop: newWorkshop('w4', 'Atelier 4') }).apply(prototype);
    expect(tooManyWorkshops(prototype.workshops)).toBe(true);
  });

  it('records who attends, and refuses someone outside the team', () => {
    const withAwa = addParticipant({
      participant: { id: 'p1', name: 'Awa', service: '', role: 'referent' },
    }).apply(planned());
    const after = doUndoRedo(
      withAwa,
      setAttendance({ workshopId: 'w1', participantId: 'p1', attends: true }),
    );
    expect(workshop(after).attendeeIds).toEqual(['p1']);
    const absent = doUndoRedo(
      after,
      setAttendance({ workshopId: 'w1', participantId: 'p1', attends: false }),
    );
    expect(workshop(absent).attendeeIds).toEqual([]);
    expect(() =>
      setAttendance({ workshopId: 'w1', participantId: 'nobody', attends: true }).apply(withAwa),
    ).toThrow(CommandRefusedError);
  });

  it('builds an agenda: add, rename, time, reorder and remove points, each undoably', () => {
    let prototype = doUndoRedo(
      planned(),
      addAgendaItem({
        workshopId: 'w1',
        item: { id: 'a1', title: 'Finalité', minutes: 30, done: false },
      }),
    );
    prototype = doUndoRedo(
      prototype,
      addAgendaItem({
        workshopId: 'w1',
        item: { id: 'a2', title: 'Formulaire', minutes: 90, done: false },
      }),
    );
    prototype = doUndoRedo(
      prototype,
      updateAgendaItem({ workshopId: 'w1', itemId: 'a2', changes: { minutes: 100 } }),
    );
    expect(isAgendaTooLong(workshop(prototype))).toBe(true);
    prototype = doUndoRedo(
      prototype,
      moveAgendaItem({ workshopId: 'w1', itemId: 'a2', offset: -1 }),
    );
    expect(workshop(prototype).agenda.map((item) => item.id)).toEqual(['a2', 'a1']);
    expect(moveAgendaItem({ workshopId: 'w1', itemId: 'a2', offset: -1 }).apply(prototype)).toBe(
      prototype,
    );
    prototype = doUndoRedo(prototype, removeAgendaItem({ workshopId: 'w1', itemId: 'a2' }));
    expect(workshop(prototype).agenda.map((item) => item.id)).toEqual(['a1']);
    expect(isAgendaTooLong(workshop(prototype))).toBe(false);
  });
});

describe('running a workshop', () => {
  it('starts, takes notes and decisions, and ends with its version, each undoably', () => {
    let prototype = doUndoRedo(planned(), startWorkshop({ id: 'w1', at: at(0) }));
    expect(runningWorkshop(prototype.workshops)?.id).toBe('w1');
    prototype = doUndoRedo(
      prototype,
      setWorkshopNotes({ id: 'w1', notes: 'Pièces : justificatif de domicile' }),
    );
    prototype = doUndoRedo(
      prototype,
      addDecision({ workshopId: 'w1', decision: { id: 'd1', text: 'Pas de copie du livret' } }),
    );
    prototype = doUndoRedo(
      prototype,
      updateDecision({ workshopId: 'w1', decisionId: 'd1', text: 'Pas de livret de famille' }),
    );
    prototype = doUndoRedo(
      prototype,
      addDecision({ workshopId: 'w1', decision: { id: 'd2', text: 'x' } }),
    );
    prototype = doUndoRedo(prototype, removeDecision({ workshopId: 'w1', decisionId: 'd2' }));
    prototype = doUndoRedo(prototype, endWorkshop({ id: 'w1', at: at(118), versionId: 'v1' }));
    expect(workshop(prototype)).toMatchObject({
      startedAt: at(0),
      endedAt: at(118),
      versionId: 'v1',
      notes: 'Pièces : justificatif de domicile',
      decisions: [{ id: 'd1', text: 'Pas de livret de famille' }],
    });
    expect(workshopState(workshop(prototype))).toBe('ended');
    expect(isWorkshopsStepDone(prototype.workshops)).toBe(true);
  });

  it('« Point suivant » closes the point and records when, undoably', () => {
    let prototype = startWorkshop({ id: 'w1', at: at(0) }).apply(planned());
    prototype = addAgendaItem({
      workshopId: 'w1',
      item: { id: 'a1', title: 'Accueil', minutes: 30, done: false },
    }).apply(prototype);
    prototype = doUndoRedo(
      prototype,
      closeAgendaItem({ workshopId: 'w1', itemId: 'a1', at: at(1) }),
    );
    expect(workshop(prototype).agenda[0]).toMatchObject({ done: true, doneAt: at(1) });
    // Closing it again keeps the first time.
    expect(closeAgendaItem({ workshopId: 'w1', itemId: 'a1', at: at(9) }).apply(prototype)).toBe(
      prototype,
    );
  });

  it('runs one workshop at a time', () => {
    const prototype = startWorkshop({ id: 'w1', at: at(0) }).apply(planned());
    expect(() => startWorkshop({ id: 'w2', at: at(1) }).apply(prototype)).toThrow(
      CommandRefusedError,
    );
    expect(startWorkshop({ id: 'w1', at: at(5) }).apply(prototype)).toBe(prototype);
  });

  it('does not end a workshop that is not running, nor restart one that ended', () => {
    expect(() => endWorkshop({ id: 'w1', at: at(1), versionId: 'v' }).apply(planned())).toThrow(
      CommandRefusedError,
    );
    const ended = endWorkshop({ id: 'w1', at: at(2), versionId: 'v' }).apply(
      startWorkshop({ id: 'w1', at: at(0) }).apply(planned()),
    );
    expect(() => startWorkshop({ id: 'w1', at: at(3) }).apply(ended)).toThrow(CommandRefusedError);
  });

  it('keeps the notes, decisions, attendees and agenda of an ended workshop as its version has them', () => {
    let prototype = addParticipant({
      participant: { id: 'p1', name: 'Awa', service: '', role: 'referent' },
    }).apply(planned());
    prototype = addAgendaItem({
      workshopId: 'w1',
      item: { id: 'a1', title: 'Accueil', minutes: 30, done: false },
    }).apply(prototype);
    prototype = addDecision({ workshopId: 'w1', decision: { id: 'd1', text: 'Oui' } }).apply(
      prototype,
    );
    prototype = startWorkshop({ id: 'w1', at: at(0) }).apply(prototype);
    const ended = endWorkshop({ id: 'w1', at: at(2), versionId: 'v' }).apply(prototype);
    const refused = [
      setWorkshopNotes({ id: 'w1', notes: 'Après coup' }),
      setAttendance({ workshopId: 'w1', participantId: 'p1', attends: true }),
      addAgendaItem({ workshopId: 'w1', item: { id: 'a2', title: 'x', minutes: 5, done: false } }),
      updateAgendaItem({ workshopId: 'w1', itemId: 'a1', changes: { title: 'y' } }),
      moveAgendaItem({ workshopId: 'w1', itemId: 'a1', offset: 1 }),
      removeAgendaItem({ workshopId: 'w1', itemId: 'a1' }),
      addDecision({ workshopId: 'w1', decision: { id: 'd2', text: 'Non' } }),
      updateDecision({ workshopId: 'w1', decisionId: 'd1', text: 'Peut-être' }),
      removeDecision({ workshopId: 'w1', decisionId: 'd1' }),
    ];
    for (const command of refused) {
      expect(() => command.apply(ended), command.name).toThrow(CommandRefusedError);
    }
  });

  it('removing a workshop unlinks the exceptions raised in it', () => {
    const prototype = captureException({
      exception: {
        id: 'e1',
        title: 'Cas',
        description: '',
        frequency: 'unknown',
        status: 'open',
        workshopId: 'w1',
        context: { step: 'purpose' },
        createdAt: at(0),
      },
    }).apply(planned());
    const after = doUndoRedo(prototype, removeWorkshop({ id: 'w1' }));
    expect(after.workshops.map((candidate) => candidate.id)).toEqual(['w2']);
    expect(after.exceptions[0]).not.toHaveProperty('workshopId');
  });
});
