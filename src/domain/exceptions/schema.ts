import { z } from 'zod';

/** An awkward case noted during a workshop and set aside (issue 6 completes it). */
export const exceptionSchema = z.object({
  /** Stable identifier. */
  id: z.string().min(1),
  /** Short name of the case. */
  title: z.string(),
  /** When the exception was captured, ISO 8601. */
  createdAt: z.string(),
});

export const exceptionsSchema = z.array(exceptionSchema);

export type PrototypeException = z.infer<typeof exceptionSchema>;
