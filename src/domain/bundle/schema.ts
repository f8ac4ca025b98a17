import { z } from 'zod';
import { prototypeContentSchema } from '../prototype/schema';
import { BUNDLE_FORMAT } from './format';
import {
  bundleVersionSchema,
  hexHashSchema,
  signoffSchema,
  submissionSchema,
} from '../review/schema';

export { signoffSchema, type Signoff } from '../review/schema';

export const integritySchema = z.strictObject({
  /** Always SHA-256. */
  algorithm: z.literal('SHA-256'),
  /** Always RFC 8785 (JSON Canonicalization Scheme). */
  canonicalization: z.literal('RFC 8785'),
  /** SHA-256 of the canonical JSON of `prototype`, hexadecimal. */
  contentHash: hexHashSchema,
});

export const bundleSchema = z.object({
  /** Identifies the file as a Fabrik bundle. */
  format: z.literal(BUNDLE_FORMAT),
  /** Version of this file format; older versions are migrated on import. */
  formatVersion: z.number().int().positive(),
  /** When the file was written, ISO 8601. */
  exportedAt: z.string(),
  /** The application that wrote the file. */
  app: z.object({ name: z.string(), version: z.string() }),
  /** The prototype itself: what is hashed and signed. */
  prototype: prototypeContentSchema,
  /** How to check that `prototype` is what was exported and signed. */
  integrity: integritySchema,
  /** The version of the prototype this file carries, when it was exported from one. */
  version: bundleVersionSchema.optional(),
  /** Who submitted the prototype for review, when, and what they declared. */
  submission: submissionSchema.optional(),
  /** Verification and approval decisions, in order. */
  signoffs: z.array(signoffSchema),
});

export type Bundle = z.infer<typeof bundleSchema>;
