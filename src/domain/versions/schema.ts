import { z } from 'zod';
import { prototypeContentSchema } from '../prototype/schema';

/** Why a version was taken. */
export const versionKinds = ['workshop-end', 'review', 'manual'] as const;

/** An immutable snapshot of a prototype. */
export const versionSchema = z.object({
  /** Stable identifier. */
  id: z.string().min(1),
  /** The prototype this is a version of. */
  prototypeId: z.string().min(1),
  /** 1, 2, 3… in the order versions were taken. */
  number: z.number().int().positive(),
  /** Name shown in the list, e.g. "Fin de l'atelier 1". */
  name: z.string(),
  /** When the version was taken, ISO 8601. */
  createdAt: z.string(),
  /** Why it was taken: the end of a workshop, a submission for review, or by hand. */
  kind: z.enum(versionKinds),
  /** The workshop whose end it marks, if any (workshops[].id). */
  workshopId: z.string().optional(),
  /** The workshop's notes at that moment, or what the person taking it wrote. */
  notes: z.string(),
  /** The decisions taken in that workshop, in order. */
  decisions: z.array(z.string()),
  /**
   * The accepted pilot feedback this version answers (feedback ids in its content); absent
   * on versions taken before pilot feedback could be answered.
   */
  answers: z.array(z.string().min(1).max(200)).max(2_000).optional(),
  /** The prototype's content at that moment. */
  content: prototypeContentSchema,
});

export type VersionKind = (typeof versionKinds)[number];
export type Version = z.infer<typeof versionSchema>;
/** What a list of versions shows, without the content. */
export type VersionSummary = Omit<Version, 'content'>;
