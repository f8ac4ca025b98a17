import { CommandRefusedError, defineCommand } from '../commands';
import type { Prototype } from '../prototype/schema';
import { runningWorkshop, workshopState } from './rules';
import type { Workshop } from './schema';

export type WorkshopChanges = Partial<Pick<Workshop, 'title' | 'date' | 'durationMinutes'>>;

/** Applies `change` to one workshop; the same prototype when it is missing or unchanged. */
export function mapWorkshop(
  prototype: Prototype,
  id: string,
  change: (workshop: Workshop) => Workshop,
): Prototype {
  const current = prototype.workshops.find((workshop) => workshop.id === id);
  if (!current) return prototype;
  const next = change(current);
  if (next === current) return prototype;
  return {
    ...prototype,
    workshops: prototype.workshops.map((workshop) => (workshop.id === id ? next : workshop)),
  };
}

/**
 * Like `mapWorkshop`, for what an ended workshop's version keeps as it was (notes,
 * decisions, attendees, agenda): refused once the workshop has ended, so the prototype
 * never disagrees with the version taken at its end.
 */
export function mapOpenWorkshop(
  prototype: Prototype,
  id: string,
  change: (workshop: Workshop) => Workshop,
): Prototype {
  return mapWorkshop(prototype, id, (workshop) => {
    if (workshopState(workshop) === 'ended') {
      throw new CommandRefusedError('workshops:errors.endedRecord', { title: workshop.title });
    }
    return change(workshop);
  });
}

function requireEditableAfterStart(workshop: Workshop) {
  if (workshopState(workshop) === 'ended') {
    throw new CommandRefusedError('workshops:errors.ended', { title: workshop.title });
  }
}

/** Plans a new workshop; more than three is allowed but warned about. */
export const addWorkshop = defineCommand(
  'addWorkshop',
  (prototype, { workshop }: { workshop: Workshop }) => ({
    ...prototype,
    workshops: [...prototype.workshops, workshop],
  }),
);

export const updateWorkshop = defineCommand(
  'updateWorkshop',
  (prototype, { id, changes }: { id: string; changes: WorkshopChanges }) =>
    mapWorkshop(prototype, id, (workshop) => {
      const next = { ...workshop, ...changes };
      const same = (Object.keys(changes) as (keyof WorkshopChanges)[]).every(
        (key) => next[key] === workshop[key],
      );
      return same ? workshop : next;
    }),
  ({ id, changes }) => `${id}:${Object.keys(changes).sort().join(',')}`,
);

/** Removes a workshop; exceptions raised in it no longer name it. Its versions stay. */
export const removeWorkshop = defineCommand(
  'removeWorkshop',
  (prototype, { id }: { id: string }): Prototype => {
    if (!prototype.workshops.some((workshop) => workshop.id === id)) return prototype;
    return {
      ...prototype,
      workshops: prototype.workshops.filter((workshop) => workshop.id !== id),
      exceptions: prototype.exceptions.map((exception) => {
        if (exception.workshopId !== id) return exception;
        const { workshopId: _workshopId, ...rest } = exception;
        return rest;
      }),
    };
  },
);

export const setAttendance = defineCommand(
  'setAttendance',
  (
    prototype,
    {
      workshopId,
      participantId,
      attends,
    }: { workshopId: string; participantId: string; attends: boolean },
  ) => {
    if (!prototype.team.some((participant) => participant.id === participantId)) {
      throw new CommandRefusedError('workshops:errors.unknownParticipant');
    }
    return mapOpenWorkshop(prototype, workshopId, (workshop) => {
      if (workshop.attendeeIds.includes(participantId) === attends) return workshop;
      return {
        ...workshop,
        attendeeIds: attends
          ? [...workshop.attendeeIds, participantId]
          : workshop.attendeeIds.filter((id) => id !== participantId),
      };
    });
  },
);

/** « Toute l’équipe était présente »: every member of the team attends, in one step. */
export const setWholeTeamAttending = defineCommand(
  'setWholeTeamAttending',
  (prototype, { workshopId }: { workshopId: string }) =>
    mapOpenWorkshop(prototype, workshopId, (workshop) => {
      const missing = prototype.team.filter((person) => !workshop.attendeeIds.includes(person.id));
      if (missing.length === 0) return workshop;
      return { ...workshop, attendeeIds: [...workshop.attendeeIds, ...missing.map((p) => p.id)] };
    }),
);

/** Starts the timer. One workshop runs at a time, and an ended one does not start again. */
export const startWorkshop = defineCommand(
  'startWorkshop',
  (prototype, { id, at }: { id: string; at: string }) => {
    const running = runningWorkshop(prototype.workshops);
    if (running && running.id !== id) {
      throw new CommandRefusedError('workshops:errors.anotherRunning', { title: running.title });
    }
    return mapWorkshop(prototype, id, (workshop) => {
      if (workshopState(workshop) === 'running') return workshop;
      requireEditableAfterStart(workshop);
      return { ...workshop, startedAt: at };
    });
  },
);

/** Ends a running workshop and records the version taken of the prototype at that moment. */
export const endWorkshop = defineCommand(
  'endWorkshop',
  (prototype, { id, at, versionId }: { id: string; at: string; versionId: string }) =>
    mapWorkshop(prototype, id, (workshop) => {
      if (workshopState(workshop) !== 'running') {
        throw new CommandRefusedError('workshops:errors.notRunning', { title: workshop.title });
      }
      return { ...workshop, endedAt: at, versionId };
    }),
);

/** The notes of a workshop; a burst of typing is one undo step. */
export const setWorkshopNotes = defineCommand(
  'setWorkshopNotes',
  (prototype, { id, notes }: { id: string; notes: string }) =>
    mapOpenWorkshop(prototype, id, (workshop) =>
      workshop.notes === notes ? workshop : { ...workshop, notes },
    ),
  ({ id }) => id,
);
