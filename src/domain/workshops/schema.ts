import { z } from 'zod';

/** One of the (at most three) two-hour workshops (issue 6 completes it). */
export const workshopSchema = z.object({
  /** Stable identifier. */
  id: z.string().min(1),
  /** Name shown in the list, e.g. "Atelier 1". */
  title: z.string(),
});

export const workshopsSchema = z.array(workshopSchema);

export type Workshop = z.infer<typeof workshopSchema>;
