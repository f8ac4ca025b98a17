import { CommandRefusedError, defineCommand } from '../commands';
import type { Prototype } from '../prototype/schema';
import type { PrototypeException } from './schema';

/** What can be edited after capture; `undefined` clears an optional property. */
export type ExceptionChanges = Partial<Omit<PrototypeException, 'id' | 'context' | 'createdAt'>>;

/**
 * Refuses a reference to someone outside the team or to an unknown workshop, and a blank
 * title. With `previous`, only references the edit sets are checked: one left dangling by
 * stored data (cleared on restore and import, but never trusted) must not lock the
 * exception, whose title or owner can then still be changed.
 */
function checkReferences(
  prototype: Prototype,
  exception: PrototypeException,
  previous?: PrototypeException,
) {
  const isNew = (key: 'raisedById' | 'ownerId' | 'workshopId') =>
    exception[key] !== undefined && exception[key] !== previous?.[key];
  const inTeam = (key: 'raisedById' | 'ownerId') =>
    !isNew(key) || prototype.team.some((participant) => participant.id === exception[key]);
  if (!inTeam('raisedById') || !inTeam('ownerId')) {
    throw new CommandRefusedError('exceptions:errors.unknownParticipant');
  }
  if (
    isNew('workshopId') &&
    !prototype.workshops.some((workshop) => workshop.id === exception.workshopId)
  ) {
    throw new CommandRefusedError('exceptions:errors.unknownWorkshop');
  }
  if (exception.title.trim() === '')
    throw new CommandRefusedError('exceptions:errors.titleRequired');
}

/** Drops properties set to undefined, so the stored exception only has what it says. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** Notes an exception in two seconds: a title and where it was seen; the rest comes later. */
export const captureException = defineCommand(
  'captureException',
  (prototype, { exception }: { exception: PrototypeException }) => {
    checkReferences(prototype, exception);
    return { ...prototype, exceptions: [...prototype.exceptions, withoutUndefined(exception)] };
  },
);

/** Completes or edits an exception; typing in one of its boxes is one undo step. */
export const updateException = defineCommand(
  'updateException',
  (prototype, { id, changes }: { id: string; changes: ExceptionChanges }) => {
    const current = prototype.exceptions.find((exception) => exception.id === id);
    if (!current) return prototype;
    const next = withoutUndefined({ ...current, ...changes });
    if (next.frequency !== 'share') delete next.sharePercent;
    const keys = new Set([...Object.keys(current), ...Object.keys(next)]);
    const same = [...keys].every(
      (key) => next[key as keyof PrototypeException] === current[key as keyof PrototypeException],
    );
    if (same) return prototype;
    checkReferences(prototype, next, current);
    return {
      ...prototype,
      exceptions: prototype.exceptions.map((exception) => (exception.id === id ? next : exception)),
    };
  },
  ({ id, changes }) => `${id}:${Object.keys(changes).sort().join(',')}`,
);

export const removeException = defineCommand(
  'removeException',
  (prototype, { id }: { id: string }) =>
    prototype.exceptions.some((exception) => exception.id === id)
      ? {
          ...prototype,
          exceptions: prototype.exceptions.filter((exception) => exception.id !== id),
          // Its votes go with it (undo brings both back).
          ...(prototype.exceptionVotes && {
            exceptionVotes: prototype.exceptionVotes.filter((vote) => vote.exceptionId !== id),
          }),
        }
      : prototype,
);
