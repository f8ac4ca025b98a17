import { z } from 'zod';

/** What a participant brings to the workshops; a team needs at least one referent. */
export const participantRoles = [
  'referent',
  'business-expert',
  'it',
  'legal',
  'front-desk',
  'other',
] as const;

/** A participant of the workshops; an import may omit what has an obvious default. */
export const participantSchema = z.object({
  /** Stable identifier: what workshops and exceptions refer to. */
  id: z.string().min(1),
  /** Full name. */
  name: z.string(),
  /** The service or department the participant belongs to. */
  service: z.string().default(''),
  /** What the participant brings to the workshops. */
  role: z.enum(participantRoles).default('other'),
});

export const teamSchema = z.array(participantSchema);

export type ParticipantRole = (typeof participantRoles)[number];
export type Participant = z.infer<typeof participantSchema>;
