import { defineCommand } from '../commands';
import { mapOpenWorkshop } from './commands';
import type { AgendaItem, Decision } from './schema';

export const addAgendaItem = defineCommand(
  'addAgendaItem',
  (prototype, { workshopId, item }: { workshopId: string; item: AgendaItem }) =>
    mapOpenWorkshop(prototype, workshopId, (workshop) => ({
      ...workshop,
      agenda: [...workshop.agenda, item],
    })),
);

export const updateAgendaItem = defineCommand(
  'updateAgendaItem',
  (
    prototype,
    {
      workshopId,
      itemId,
      changes,
    }: { workshopId: string; itemId: string; changes: Partial<Omit<AgendaItem, 'id'>> },
  ) =>
    mapOpenWorkshop(prototype, workshopId, (workshop) => {
      const current = workshop.agenda.find((item) => item.id === itemId);
      if (!current) return workshop;
      const next = { ...current, ...changes };
      const same = (Object.keys(changes) as (keyof typeof changes)[]).every(
        (key) => next[key] === current[key],
      );
      if (same) return workshop;
      return {
        ...workshop,
        agenda: workshop.agenda.map((item) => (item.id === itemId ? next : item)),
      };
    }),
  ({ itemId, changes }) => `${itemId}:${Object.keys(changes).sort().join(',')}`,
);

/**
 * « Point suivant »: closes the point in progress and records when, which is when the next
 * point starts (see `workshopTiming`).
 */
export const closeAgendaItem = defineCommand(
  'closeAgendaItem',
  (prototype, { workshopId, itemId, at }: { workshopId: string; itemId: string; at: string }) =>
    mapOpenWorkshop(prototype, workshopId, (workshop) => {
      const current = workshop.agenda.find((item) => item.id === itemId);
      if (!current || current.done) return workshop;
      return {
        ...workshop,
        agenda: workshop.agenda.map((item) =>
          item.id === itemId ? { ...item, done: true, doneAt: at } : item,
        ),
      };
    }),
);

export const removeAgendaItem = defineCommand(
  'removeAgendaItem',
  (prototype, { workshopId, itemId }: { workshopId: string; itemId: string }) =>
    mapOpenWorkshop(prototype, workshopId, (workshop) =>
      workshop.agenda.some((item) => item.id === itemId)
        ? { ...workshop, agenda: workshop.agenda.filter((item) => item.id !== itemId) }
        : workshop,
    ),
);

/** Moves an agenda point one place up (-1) or down (+1): the keyboard-friendly reorder. */
export const moveAgendaItem = defineCommand(
  'moveAgendaItem',
  (
    prototype,
    { workshopId, itemId, offset }: { workshopId: string; itemId: string; offset: -1 | 1 },
  ) =>
    mapOpenWorkshop(prototype, workshopId, (workshop) => {
      const from = workshop.agenda.findIndex((item) => item.id === itemId);
      const to = from + offset;
      if (from < 0 || to < 0 || to >= workshop.agenda.length) return workshop;
      const agenda = [...workshop.agenda];
      const [moved] = agenda.splice(from, 1);
      agenda.splice(to, 0, moved as AgendaItem);
      return { ...workshop, agenda };
    }),
);

export const addDecision = defineCommand(
  'addDecision',
  (prototype, { workshopId, decision }: { workshopId: string; decision: Decision }) =>
    mapOpenWorkshop(prototype, workshopId, (workshop) => ({
      ...workshop,
      decisions: [...workshop.decisions, decision],
    })),
);

export const updateDecision = defineCommand(
  'updateDecision',
  (
    prototype,
    { workshopId, decisionId, text }: { workshopId: string; decisionId: string; text: string },
  ) =>
    mapOpenWorkshop(prototype, workshopId, (workshop) => {
      const current = workshop.decisions.find((decision) => decision.id === decisionId);
      if (!current || current.text === text) return workshop;
      return {
        ...workshop,
        decisions: workshop.decisions.map((decision) =>
          decision.id === decisionId ? { ...decision, text } : decision,
        ),
      };
    }),
  ({ decisionId }) => decisionId,
);

export const removeDecision = defineCommand(
  'removeDecision',
  (prototype, { workshopId, decisionId }: { workshopId: string; decisionId: string }) =>
    mapOpenWorkshop(prototype, workshopId, (workshop) =>
      workshop.decisions.some((decision) => decision.id === decisionId)
        ? {
            ...workshop,
            decisions: workshop.decisions.filter((decision) => decision.id !== decisionId),
          }
        : workshop,
    ),
);
