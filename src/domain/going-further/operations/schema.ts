import { z } from 'zod';
import { MAX_ADDED_ACTORS, MAX_OPERATIONS, raciLetters } from './lists';

/** Long enough for a name or a short paragraph; a file stays small. */
const text = z.string().max(2000);

/**
 * An actor of the RACI: `member:<team member id>`, `role:<process role name>` or
 * `actor:<id>` for an added one. The prefix keeps every key apart from an object's own names.
 */
export const actorIdSchema = z
  .string()
  .regex(/^(member|role|actor):./)
  .max(200);

/**
 * An actor added to the RACI beside the team members and the process roles (the
 * production team, the DSI, an integrator, the steering committee…).
 */
export const addedActorSchema = z.object({
  /** Stable identifier, `actor:<id>`. */
  id: actorIdSchema.startsWith('actor:'),
  /** Who it is, as the RACI shows it. */
  name: text,
});

/** One deployment operation and who does what in it. */
export const operationSchema = z.object({
  /** Stable identifier: what the calendar and the RACI refer to. */
  id: z.string().min(1),
  /** What is done, as the RACI and the calendar show it. */
  name: text,
  /**
   * Responsible, Accountable, Consulted or Informed, by actor id (`member:<id>`,
   * `role:<name>` or an added actor's id); an actor with no letter is absent.
   */
  raci: z.record(actorIdSchema, z.enum(raciLetters)),
});

/** The deployment operations and the actors added to their RACI. */
export const operationsSchema = z.object({
  /** The operations in the order they are listed. */
  operations: z.array(operationSchema).max(MAX_OPERATIONS),
  /** Actors beyond the team and the process roles. */
  actors: z.array(addedActorSchema).max(MAX_ADDED_ACTORS),
});

export type AddedActor = z.infer<typeof addedActorSchema>;
export type Operation = z.infer<typeof operationSchema>;
export type Operations = z.infer<typeof operationsSchema>;
