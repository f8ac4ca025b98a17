import { z } from 'zod';

/** One point of a workshop's agenda. */
export const agendaItemSchema = z.object({
  /** Stable identifier. */
  id: z.string().min(1),
  /** What the point is about, e.g. "Pièces justificatives". */
  title: z.string(),
  /** Time planned for it, in minutes. */
  minutes: z.number().int().min(0).max(480),
  /** Whether the point has been dealt with; the first one not done is in progress. */
  done: z.boolean(),
  /**
   * When the point was closed (« Point suivant »), ISO 8601: the next point starts then.
   * Absent when it is not done, and in prototypes saved before it was recorded.
   */
  doneAt: z.string().optional(),
});

/** A decision taken during a workshop. */
export const decisionSchema = z.object({
  /** Stable identifier. */
  id: z.string().min(1),
  /** The decision, in plain words. */
  text: z.string(),
});

/** One of the (at most three) two-hour workshops. */
export const workshopSchema = z
  .object({
    /** Stable identifier: what exceptions and versions refer to. */
    id: z.string().min(1),
    /** Name shown in the list, e.g. "Atelier 1". */
    title: z.string(),
    /** Planned day, YYYY-MM-DD, or empty while not planned. */
    date: z
      .string()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'expected a date as YYYY-MM-DD, or empty')
      .default(''),
    /** Planned length in minutes (two hours unless the team decides otherwise). */
    durationMinutes: z.number().int().min(15).max(480).default(120),
    /** The points to cover, in order. */
    agenda: z.array(agendaItemSchema).default([]),
    /** Ids of the team members who attend (team[].id). */
    attendeeIds: z.array(z.string().min(1)).default([]),
    /** Notes taken during the workshop. */
    notes: z.string().default(''),
    /** Decisions taken during the workshop, in order. */
    decisions: z.array(decisionSchema).default([]),
    /** When the workshop started, ISO 8601; absent while it is only planned. */
    startedAt: z.string().optional(),
    /** When the workshop ended, ISO 8601; absent until it ends. */
    endedAt: z.string().optional(),
    /** Id of the version taken when the workshop ended. */
    versionId: z.string().optional(),
  })
  .refine((workshop) => !workshop.endedAt || workshop.startedAt, {
    message: 'a workshop cannot have ended without having started',
    path: ['endedAt'],
  });

export const workshopsSchema = z.array(workshopSchema);

export type AgendaItem = z.infer<typeof agendaItemSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Workshop = z.infer<typeof workshopSchema>;
