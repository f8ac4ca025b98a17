import { defineCommand } from '../commands';
import type { Prototype } from '../prototype/schema';
import { emptyFrame, emptyImpacts } from './empty';
import type { AgentImpact, Frame, Impacts } from './schema';

/** The lists of the frame, edited item by item. */
export type FrameList = 'stakeholders' | 'budget' | 'objectives';
/** The parts of the frame that are one set of answers. */
export type FrameSection = 'where' | 'when' | 'how';
type ItemOf<L extends FrameList> = Frame[L][number];

const keysOf = (changes: object) => Object.keys(changes).sort().join(',');

/**
 * `current` with `changes`, or `current` itself when nothing differs (so the command is a
 * no-op, not an undo step). A change to undefined removes the key: a cleared choice is absent.
 */
function patch<T extends object>(current: T, changes: Partial<T>): T {
  const entries = Object.entries(changes) as [keyof T, T[keyof T] | undefined][];
  if (entries.every(([key, value]) => current[key] === value)) return current;
  const next = { ...current };
  for (const [key, value] of entries) {
    if (value === undefined) delete next[key];
    else next[key] = value;
  }
  return next;
}

function withFrame(prototype: Prototype, change: (frame: Frame) => Frame): Prototype {
  const current = prototype.frame ?? emptyFrame();
  const next = change(current);
  return next === current ? prototype : { ...prototype, frame: next };
}

function withImpacts(prototype: Prototype, change: (impacts: Impacts) => Impacts): Prototype {
  const current = prototype.impacts ?? emptyImpacts();
  const next = change(current);
  return next === current ? prototype : { ...prototype, impacts: next };
}

/** Answers part of where, when or how; typing in one box is one undo step. */
export const setFrameSection = defineCommand(
  'setFrameSection',
  <S extends FrameSection>(
    prototype: Prototype,
    { section, changes }: { section: S; changes: Partial<Frame[S]> },
  ) =>
    withFrame(prototype, (frame) => {
      const next = patch(frame[section], changes);
      return next === frame[section] ? frame : { ...frame, [section]: next };
    }),
  ({ section, changes }) => `${section}:${keysOf(changes)}`,
);

/** Adds an item at the end of a list; the caller gives its id so it can focus it. */
export const addFrameItem = defineCommand(
  'addFrameItem',
  <L extends FrameList>(prototype: Prototype, { list, item }: { list: L; item: ItemOf<L> }) =>
    withFrame(prototype, (frame) => ({ ...frame, [list]: [...frame[list], item] })),
);

export const updateFrameItem = defineCommand(
  'updateFrameItem',
  <L extends FrameList>(
    prototype: Prototype,
    { list, id, changes }: { list: L; id: string; changes: Partial<Omit<ItemOf<L>, 'id'>> },
  ) =>
    withFrame(prototype, (frame) => {
      const items: readonly ItemOf<L>[] = frame[list];
      const index = items.findIndex((item) => item.id === id);
      const current = items[index];
      if (!current) return frame;
      const next = patch(current, changes as Partial<ItemOf<L>>);
      return next === current ? frame : { ...frame, [list]: items.with(index, next) };
    }),
  ({ list, id, changes }) => `${list}:${id}:${keysOf(changes)}`,
);

export const removeFrameItem = defineCommand(
  'removeFrameItem',
  (prototype: Prototype, { list, id }: { list: FrameList; id: string }) =>
    withFrame(prototype, (frame) => {
      const items: readonly { id: string }[] = frame[list];
      return items.some((item) => item.id === id)
        ? { ...frame, [list]: items.filter((item) => item.id !== id) }
        : frame;
    }),
);

/** Adds the impact on one process role; the caller gives its id so it can focus it. */
export const addAgentImpact = defineCommand(
  'addAgentImpact',
  (prototype, { impact }: { impact: AgentImpact }) =>
    withImpacts(prototype, (impacts) => ({ ...impacts, agents: [...impacts.agents, impact] })),
);

export const updateAgentImpact = defineCommand(
  'updateAgentImpact',
  (
    prototype,
    { id, changes }: { id: string; changes: Partial<Omit<AgentImpact, 'id' | 'role'>> },
  ) =>
    withImpacts(prototype, (impacts) => {
      const index = impacts.agents.findIndex((impact) => impact.id === id);
      const current = impacts.agents[index];
      if (!current) return impacts;
      const next = patch<AgentImpact>(current, changes);
      return next === current ? impacts : { ...impacts, agents: impacts.agents.with(index, next) };
    }),
  ({ id, changes }) => `${id}:${keysOf(changes)}`,
);

export const removeAgentImpact = defineCommand(
  'removeAgentImpact',
  (prototype, { id }: { id: string }) =>
    withImpacts(prototype, (impacts) =>
      impacts.agents.some((impact) => impact.id === id)
        ? { ...impacts, agents: impacts.agents.filter((impact) => impact.id !== id) }
        : impacts,
    ),
);

/** Answers part of the impacts on requesters or on the budget. */
export const setImpactSection = defineCommand(
  'setImpactSection',
  <S extends 'requesters' | 'budget'>(
    prototype: Prototype,
    { section, changes }: { section: S; changes: Partial<Impacts[S]> },
  ) =>
    withImpacts(prototype, (impacts) => {
      const next = patch(impacts[section], changes);
      return next === impacts[section] ? impacts : { ...impacts, [section]: next };
    }),
  ({ section, changes }) => `${section}:${keysOf(changes)}`,
);
