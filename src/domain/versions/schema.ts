import { z } from 'zod';
import { prototypeContentSchema } from '../prototype/schema';

/** An immutable snapshot of a prototype (issue 6 completes it). */
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
  /** The prototype's content at that moment. */
  content: prototypeContentSchema,
});

export type Version = z.infer<typeof versionSchema>;
