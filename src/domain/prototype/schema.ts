import { z } from 'zod';
import { purposeSchema } from '../purpose/schema';
import { frameSchema, impactsSchema } from '../frame/schema';
import { formSchema } from '../form/schema';
import { processSchema } from '../process/schema';
import { trackingSchema } from '../tracking/schema';
import { exceptionsSchema } from '../exceptions/schema';
import { workshopsSchema } from '../workshops/schema';
import { teamSchema } from '../team/schema';
import { reviewRecordSchema } from '../review/record';
import { workshopCommentsSchema } from '../live/comments';
import { exceptionVotesSchema } from '../live/exceptionVotes';
import { scenariosSchema } from '../scenarios/schema';
import { goingFurtherSchema } from '../going-further/schema';
import { PROTOTYPE_NAME_MAX_LENGTH, reviewStatuses } from './model';

/** What a prototype says: exported, hashed, signed and versioned. */
export const prototypeContentSchema = z.object({
  /** Stable identifier, kept across export and import. */
  id: z.string().min(1),
  /** Name of the e-service being designed. */
  name: z.string().trim().min(1).max(PROTOTYPE_NAME_MAX_LENGTH),
  /** Step 1: why the e-service exists and what it will not cover. */
  purpose: purposeSchema,
  /** The project frame (who, what, where, when, how, how much, why); absent until filled. */
  frame: frameSchema.optional(),
  /** The impacts of the change on agents, requesters and the budget; absent until filled. */
  impacts: impactsSchema.optional(),
  /** Step 2: the form the requester fills in. */
  form: formSchema,
  /** Step 3: the processing flow after submission. */
  process: processSchema,
  /** Step 4: tracking code, statuses, messages and commitments. */
  tracking: trackingSchema,
  /** Step 5: the awkward cases set aside. */
  exceptions: exceptionsSchema,
  /** The workshops held or planned. */
  workshops: workshopsSchema,
  /** The people who design the e-service. */
  team: teamSchema,
  /** Comments and votes from live workshops; absent until the first one. */
  workshopComments: workshopCommentsSchema.optional(),
  /** Each participant's vote on what to decide for each exception, from live workshops; absent until the first one. */
  exceptionVotes: exceptionVotesSchema.optional(),
  /** Played try-outs kept to be replayed as the prototype changes; absent until the first one. */
  scenarios: scenariosSchema.optional(),
  /** « Pour aller plus loin »: deployment, production, launch, adoption; absent until started. */
  goingFurther: goingFurtherSchema.optional(),
});

export const reviewStatusSchema = z.enum(reviewStatuses);

/** A prototype as this browser keeps it: its content plus local bookkeeping. */
export const prototypeSchema = prototypeContentSchema.extend({
  /** Where the prototype stands in verification and approval. */
  status: reviewStatusSchema,
  /** When the prototype was created, ISO 8601. */
  createdAt: z.string(),
  /** When the prototype last changed, ISO 8601. */
  updatedAt: z.string(),
  /** Incremented by every save; guards against two tabs overwriting each other. */
  revision: z.number().int().nonnegative(),
  /** This browser's review rounds, sign-offs received and comments; absent until submitted. */
  review: reviewRecordSchema.optional(),
});

export type PrototypeContent = z.infer<typeof prototypeContentSchema>;
export type ReviewStatus = z.infer<typeof reviewStatusSchema>;
export type Prototype = z.infer<typeof prototypeSchema>;
