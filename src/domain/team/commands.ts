import { defineCommand } from '../commands';
import type { Prototype } from '../prototype/schema';
import type { Participant } from './schema';

export type ParticipantChanges = Partial<Omit<Participant, 'id'>>;

function changedKeys(changes: object): string {
  return Object.keys(changes).sort().join(',');
}

/** Adds a participant at the end of the team; the caller gives the id so it can focus the new row. */
export const addParticipant = defineCommand(
  'addParticipant',
  (prototype, { participant }: { participant: Participant }) => ({
    ...prototype,
    team: [...prototype.team, participant],
  }),
);

/** Adds several participants at once (a pasted list): one undo step. */
export const addParticipants = defineCommand(
  'addParticipants',
  (prototype, { participants }: { participants: Participant[] }) =>
    participants.length === 0
      ? prototype
      : { ...prototype, team: [...prototype.team, ...participants] },
);

/** Edits a participant; typing in one of their boxes is one undo step. */
export const updateParticipant = defineCommand(
  'updateParticipant',
  (prototype, { id, changes }: { id: string; changes: ParticipantChanges }) => {
    const current = prototype.team.find((participant) => participant.id === id);
    if (!current) return prototype;
    const next = { ...current, ...changes };
    if (
      Object.keys(changes).every(
        (key) => next[key as keyof Participant] === current[key as keyof Participant],
      )
    ) {
      return prototype;
    }
    return {
      ...prototype,
      team: prototype.team.map((participant) => (participant.id === id ? next : participant)),
    };
  },
  ({ id, changes }) => `${id}:${changedKeys(changes)}`,
);

/**
 * Removes a participant and every reference to them (attendance, who raised or follows
 * an exception), so nothing points at someone who is no longer in the team.
 */
export const removeParticipant = defineCommand(
  'removeParticipant',
  (prototype, { id }: { id: string }): Prototype => {
    if (!prototype.team.some((participant) => participant.id === id)) return prototype;
    return {
      ...prototype,
      team: prototype.team.filter((participant) => participant.id !== id),
      workshops: prototype.workshops.map((workshop) =>
        workshop.attendeeIds.includes(id)
          ? { ...workshop, attendeeIds: workshop.attendeeIds.filter((other) => other !== id) }
          : workshop,
      ),
      exceptions: prototype.exceptions.map((exception) => {
        if (exception.raisedById !== id && exception.ownerId !== id) return exception;
        const { raisedById, ownerId, ...rest } = exception;
        return {
          ...rest,
          ...(raisedById && raisedById !== id ? { raisedById } : {}),
          ...(ownerId && ownerId !== id ? { ownerId } : {}),
        };
      }),
    };
  },
);

/** How many workshops and exceptions refer to a participant: what removing them clears. */
export function participantReferences(prototype: Prototype, id: string) {
  return {
    workshops: prototype.workshops.filter((workshop) => workshop.attendeeIds.includes(id)).length,
    exceptions: prototype.exceptions.filter(
      (exception) => exception.raisedById === id || exception.ownerId === id,
    ).length,
  };
}
