import { z } from 'zod';
import { prototypeContentSchema } from '../prototype/schema';
import { BUNDLE_FORMAT } from './format';

const hexHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hash in lowercase hexadecimal');

/** A reviewer's decision, signed with their own key (DESIGN.md, "The export bundle"). */
export const signoffSchema = z.strictObject({
  /** Who signs: the hierarchical verifier, then the director. */
  role: z.enum(['verifier', 'approver']),
  /** The reviewer's name as they typed it. */
  name: z.string().min(1),
  /** The decision taken. */
  decision: z.enum(['verified', 'changes-requested', 'approved', 'rejected']),
  /** The reviewer's comment on the decision. */
  comment: z.string(),
  /** When the decision was signed, ISO 8601. */
  at: z.string(),
  /** The content hash the reviewer saw. */
  contentHash: hexHash,
  /** The reviewer's public key, as a JSON Web Key. */
  publicKey: z.strictObject({
    kty: z.literal('EC'),
    crv: z.literal('P-256'),
    x: z.string().min(1),
    y: z.string().min(1),
  }),
  /** ECDSA P-256 signature of the canonical sign-off without this field, base64url. */
  signature: z.string().min(1),
});

export const integritySchema = z.strictObject({
  /** Always SHA-256. */
  algorithm: z.literal('SHA-256'),
  /** Always RFC 8785 (JSON Canonicalization Scheme). */
  canonicalization: z.literal('RFC 8785'),
  /** SHA-256 of the canonical JSON of `prototype`, hexadecimal. */
  contentHash: hexHash,
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
  version: z
    .object({
      /** Id of the version in the exporting browser. */
      id: z.string().min(1),
      /** Its number (1, 2, 3…). */
      number: z.number().int().positive(),
      /** Its name. */
      name: z.string(),
      /** When it was taken, ISO 8601. */
      createdAt: z.string(),
    })
    .optional(),
  /** Verification and approval decisions, in order. */
  signoffs: z.array(signoffSchema),
});

export type Signoff = z.infer<typeof signoffSchema>;
export type Bundle = z.infer<typeof bundleSchema>;
