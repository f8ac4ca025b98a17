import { z } from 'zod';
import { fieldTypes } from '../form/vocabulary';

export const SCENARIO_NAME_MAX_LENGTH = 120;

/** What a person did to move the request on, replayed in the same order. */
export const scenarioActionSchema = z.discriminatedUnion('kind', [
  /** A task was completed, or a catch event happened. */
  z.object({ kind: z.literal('complete'), elementId: z.string().min(1) }),
  /** A way out of a gateway was chosen (at an event-based gateway: which event came first). */
  z.object({
    kind: z.literal('choose'),
    elementId: z.string().min(1),
    flowId: z.string().min(1),
    /** At an inclusive gateway, the other ways taken along with `flowId`. */
    alsoFlowIds: z.array(z.string().min(1)).optional(),
  }),
  /** A boundary event of a task happened (a timer ran out, a message came). */
  z.object({
    kind: z.literal('trigger'),
    elementId: z.string().min(1),
    boundaryId: z.string().min(1),
  }),
]);

/**
 * A played try-out kept to be played again as the prototype changes, like a regression
 * test: what the requester answered, what people did, and what the requester was shown.
 */
export const scenarioSchema = z.object({
  /** Stable identifier. */
  id: z.string().min(1),
  /** What the case is, e.g. « Une entreprise qui déménage ». */
  name: z.string().trim().min(1).max(SCENARIO_NAME_MAX_LENGTH),
  /** The requester's answers as sent, by field id. */
  answers: z.record(z.string(), z.unknown()),
  /** Each answered field's type and label when saved: a removed field is still named. */
  answered: z.record(z.string(), z.object({ type: z.enum(fieldTypes), label: z.string() })),
  /** The start event the request came through, when the process had several. */
  startId: z.string().min(1).optional(),
  /** The choices at gateways, the steps completed and the events that happened, in order. */
  actions: z.array(scenarioActionSchema),
  /** The ids of the statuses the requester was shown, in order. */
  statusIds: z.array(z.string()),
  /** Working days from submission to the last thing that happened. */
  elapsedDays: z.number().nonnegative(),
  /** When it was saved, ISO 8601. */
  savedAt: z.string(),
});

/** A prototype's scenarios; absent from every file made before they existed. */
export const scenariosSchema = z.array(scenarioSchema);

export type ScenarioAction = z.infer<typeof scenarioActionSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
