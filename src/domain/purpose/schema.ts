import { z } from 'zod';

/** The "finalité": why the e-service exists and where it stops. */
export const purposeSchema = z.object({
  /** Why the e-service exists, in one or two sentences. */
  statement: z.string(),
  /** Who the e-service is for: the requesters. */
  audience: z.string(),
  /** What the requester gains compared with today's procedure. */
  value: z.string(),
  /** What the e-service deliberately does not cover. */
  outOfScope: z.string(),
  /** The law or regulation the procedure rests on. */
  legalBasis: z.string(),
  /** The service that owns the procedure and answers requesters. */
  owningService: z.string(),
});

export type Purpose = z.infer<typeof purposeSchema>;
export type PurposeItem = keyof Purpose;
