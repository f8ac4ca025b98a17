import { CommandRefusedError, defineCommand } from '../../commands';
import type { Prototype } from '../../prototype/schema';
import { emptyCalendar } from '../calendar/empty';
import { patch, withPart } from '../withPart';
import { emptyOperations } from './empty';
import { MAX_ADDED_ACTORS, MAX_OPERATIONS, type RaciLetter } from './lists';
import type { DefaultDeployment } from './defaults';
import type { AddedActor, Operation, Operations } from './schema';

const withOperations = (prototype: Prototype, change: (current: Operations) => Operations) =>
  withPart(prototype, 'operations', emptyOperations, change);

/** Adds an operation at the end; the caller gives its id so it can focus it. */
export const addOperation = defineCommand(
  'addOperation',
  (prototype, { operation }: { operation: Operation }) =>
    withOperations(prototype, (current) => {
      if (current.operations.length >= MAX_OPERATIONS)
        throw new CommandRefusedError('goingFurther-operations:errors.tooMany', {
          max: MAX_OPERATIONS,
        });
      return { ...current, operations: [...current.operations, operation] };
    }),
);

/** Renames an operation; typing in its box is one undo step. */
export const renameOperation = defineCommand(
  'renameOperation',
  (prototype, { id, name }: { id: string; name: string }) =>
    withOperations(prototype, (current) => {
      const index = current.operations.findIndex((operation) => operation.id === id);
      const operation = current.operations[index];
      if (!operation || operation.name === name) return current;
      return { ...current, operations: current.operations.with(index, { ...operation, name }) };
    }),
  ({ id }) => id,
);

/** Moves an operation to another place of the list (0 is first). */
export const moveOperation = defineCommand(
  'moveOperation',
  (prototype, { id, to }: { id: string; to: number }) =>
    withOperations(prototype, (current) => {
      const from = current.operations.findIndex((operation) => operation.id === id);
      const target = Math.max(0, Math.min(to, current.operations.length - 1));
      if (from < 0 || from === target) return current;
      const operations = current.operations.filter((operation) => operation.id !== id);
      operations.splice(target, 0, current.operations[from]!);
      return { ...current, operations };
    }),
);

/**
 * Removes an operation, and with it its timing, the dependencies on it and the reviews held
 * after it: nothing in the calendar is left pointing at it.
 */
export const removeOperation = defineCommand(
  'removeOperation',
  (prototype, { id }: { id: string }) => {
    const removed = withOperations(prototype, (current) =>
      current.operations.some((operation) => operation.id === id)
        ? { ...current, operations: current.operations.filter((operation) => operation.id !== id) }
        : current,
    );
    if (removed === prototype || !prototype.goingFurther?.calendar) return removed;
    return withPart(removed, 'calendar', emptyCalendar, (calendar) => ({
      ...calendar,
      tasks: calendar.tasks
        .filter((task) => task.operationId !== id)
        .map((task) =>
          task.dependsOn.includes(id)
            ? { ...task, dependsOn: task.dependsOn.filter((other) => other !== id) }
            : task,
        ),
      milestones: calendar.milestones.filter((milestone) => milestone.afterOperationId !== id),
    }));
  },
);

/** Gives an actor a letter in an operation, or none (`letter` absent). */
export const setRaciLetter = defineCommand(
  'setRaciLetter',
  (
    prototype,
    { operationId, actorId, letter }: { operationId: string; actorId: string; letter?: RaciLetter },
  ) =>
    withOperations(prototype, (current) => {
      const index = current.operations.findIndex((operation) => operation.id === operationId);
      const operation = current.operations[index];
      if (!operation || operation.raci[actorId] === letter) return current;
      const raci = { ...operation.raci };
      if (letter) raci[actorId] = letter;
      else delete raci[actorId];
      return { ...current, operations: current.operations.with(index, { ...operation, raci }) };
    }),
);

/** Clears an actor's letters everywhere: one gone from the team or the diagram, or removed. */
function withoutActor(current: Operations, actorId: string): Operations {
  if (!current.operations.some((operation) => Object.hasOwn(operation.raci, actorId)))
    return current;
  return {
    ...current,
    operations: current.operations.map((operation) => {
      if (!Object.hasOwn(operation.raci, actorId)) return operation;
      const raci = { ...operation.raci };
      delete raci[actorId];
      return { ...operation, raci };
    }),
  };
}

/** Takes every letter of an actor away: how an unknown actor's letters are cleared. */
export const forgetActor = defineCommand(
  'forgetActor',
  (prototype, { actorId }: { actorId: string }) =>
    withOperations(prototype, (current) => withoutActor(current, actorId)),
);

/** Adds an actor beside the team and the process roles (the DSI, an integrator…). */
export const addActor = defineCommand('addActor', (prototype, { actor }: { actor: AddedActor }) =>
  withOperations(prototype, (current) => {
    if (current.actors.length >= MAX_ADDED_ACTORS)
      throw new CommandRefusedError('goingFurther-operations:errors.tooManyActors', {
        max: MAX_ADDED_ACTORS,
      });
    return { ...current, actors: [...current.actors, actor] };
  }),
);

export const renameActor = defineCommand(
  'renameActor',
  (prototype, { id, name }: { id: string; name: string }) =>
    withOperations(prototype, (current) => {
      const index = current.actors.findIndex((actor) => actor.id === id);
      const actor = current.actors[index];
      if (!actor) return current;
      const next = patch(actor, { name });
      return next === actor ? current : { ...current, actors: current.actors.with(index, next) };
    }),
  ({ id }) => id,
);

/** Removes an added actor and its letters: none is left pointing at nobody. */
export const removeActor = defineCommand('removeActor', (prototype, { id }: { id: string }) =>
  withOperations(prototype, (current) => {
    if (!current.actors.some((actor) => actor.id === id)) return current;
    const rest = { ...current, actors: current.actors.filter((actor) => actor.id !== id) };
    return withoutActor(rest, id);
  }),
);

/**
 * Puts the default cycle in place, with its RACI and its calendar: only while no operation
 * is planned, so that nothing the team wrote is replaced.
 */
export const planDefaultDeployment = defineCommand(
  'planDefaultDeployment',
  (prototype, { plan }: { plan: DefaultDeployment }) => {
    if ((prototype.goingFurther?.operations?.operations.length ?? 0) > 0)
      throw new CommandRefusedError('goingFurther-operations:errors.alreadyPlanned');
    const planned = withOperations(prototype, (current) => ({
      operations: plan.operations,
      actors: [...current.actors, ...plan.newActors],
    }));
    return withPart(planned, 'calendar', emptyCalendar, (calendar) => ({
      ...calendar,
      tasks: [...calendar.tasks, ...plan.tasks],
      milestones: [...calendar.milestones, ...plan.milestones],
    }));
  },
);
