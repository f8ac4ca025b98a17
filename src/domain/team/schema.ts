import { z } from 'zod';

/** A participant of the workshops (issue 6 completes it). */
export const participantSchema = z.object({
  /** Stable identifier. */
  id: z.string().min(1),
  /** Full name. */
  name: z.string(),
});

export const teamSchema = z.array(participantSchema);

export type Participant = z.infer<typeof participantSchema>;
