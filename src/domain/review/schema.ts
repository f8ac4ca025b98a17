import { z } from 'zod';
import { stepIds } from '../steps/ids';

/** Who signs, in order: the hierarchical verifier, then the director. */
export const signoffRoles = ['verifier', 'approver'] as const;

export const signoffDecisions = ['verified', 'changes-requested', 'approved', 'rejected'] as const;

export type SignoffRole = (typeof signoffRoles)[number];
export type SignoffDecision = (typeof signoffDecisions)[number];

/** The decisions each role may take. */
export const decisionsOf: Readonly<Record<SignoffRole, readonly SignoffDecision[]>> = {
  verifier: ['verified', 'changes-requested'],
  approver: ['approved', 'rejected'],
};

/** What a review comment may be attached to, besides a whole step. */
export const commentTargetKinds = ['field', 'process-element', 'status'] as const;

export type CommentTargetKind = (typeof commentTargetKinds)[number];

export const hexHashSchema = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hash in lowercase hexadecimal');

const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/, 'expected base64url text');
const notBlank = (text: string) => text.trim() !== '';

/** A reviewer's comment, attached to a step or to one thing in it. */
export const reviewCommentSchema = z.strictObject({
  /** Stable identifier, so the referent can mark it resolved. */
  id: z.string().min(1),
  /** The step the comment is about. */
  step: z.enum(stepIds),
  /** What in the step it is about; `label` is kept in case the target is renamed or deleted. */
  target: z
    .strictObject({
      /** What kind of thing the comment is about. */
      kind: z.enum(commentTargetKinds),
      /** Its stable id (a field id, a BPMN element id, a status id). */
      id: z.string().min(1),
      /** Its label when the comment was written. */
      label: z.string(),
    })
    .optional(),
  /** What the reviewer says. */
  text: z.string().refine(notBlank, 'a comment cannot be empty'),
});

/**
 * A sign-off's hash per step. Keys are read loosely (a newer Fabrik may hash a step this one
 * does not know), but bounded: a step id is a short word, and there are few steps.
 */
export const stepHashesSchema = z
  .record(z.string().regex(/^[a-z][A-Za-z0-9-]{0,39}$/, 'expected a step id'), hexHashSchema)
  .refine((hashes) => Object.keys(hashes).length <= 32, 'too many steps');

/** The public half of a reviewer's key, as a JSON Web Key with only what identifies it. */
export const publicJwkSchema = z.strictObject({
  /** Always "EC". */
  kty: z.literal('EC'),
  /** Always "P-256". */
  crv: z.literal('P-256'),
  /** The point's x coordinate, base64url. */
  x: base64url,
  /** The point's y coordinate, base64url. */
  y: base64url,
});

/**
 * A reviewer's decision, signed with their own key (DESIGN.md, "The export bundle"). Strict:
 * a field added or removed after signing is refused rather than silently ignored.
 */
export const signoffSchema = z.strictObject({
  /** Who signs: the hierarchical verifier, then the director. */
  role: z.enum(signoffRoles),
  /** The reviewer's name as they typed it. */
  name: z.string().refine(notBlank, 'a name is required'),
  /** The decision taken. */
  decision: z.enum(signoffDecisions),
  /** The reviewer's comment on the decision. */
  comment: z.string(),
  /** The comments attached to steps, fields, process elements or statuses. */
  comments: z.array(reviewCommentSchema),
  /** When the decision was signed, ISO 8601. */
  at: z.iso.datetime({ offset: true }),
  /** The content hash the reviewer saw. */
  contentHash: hexHashSchema,
  /**
   * The hash of each step's part of that content, by step id (`stepHashes.ts`), so a later
   * change can be traced to its steps. Absent from sign-offs made before it existed.
   */
  stepHashes: stepHashesSchema.optional(),
  /** The previous sign-off's signature (the approver's covers the verifier's); null for the first. */
  previousSignature: base64url.nullable(),
  /** The reviewer's public key, as a JSON Web Key. */
  publicKey: publicJwkSchema,
  /**
   * ECDSA P-256 signature (SHA-256), base64url, of the canonical JSON of this sign-off
   * without this field together with the file's `submission` and `version` (`signedText`).
   */
  signature: base64url,
});

/** The fields of a sign-off, in the order they are written. */
export const signoffFields = Object.keys(signoffSchema.shape) as (keyof Signoff)[];

/** The fields every sign-off has (the others came later, and older sign-offs lack them). */
export const requiredSignoffFields = signoffFields.filter(
  (field) => !signoffSchema.shape[field].safeParse(undefined).success,
);

/** The referent's submission, carried by the file for the reviewers to read. */
export const submissionSchema = z.strictObject({
  /** The referent's name as they typed it. */
  by: z.string(),
  /** When the prototype was submitted, ISO 8601. */
  at: z.string(),
  /** The declarations the referent confirmed (ids of `declarationIds`). */
  declarations: z.array(z.string()),
});

/** The version of the prototype a file carries, when it was exported from one. */
export const bundleVersionSchema = z.object({
  /** Id of the version in the exporting browser. */
  id: z.string().min(1),
  /** Its number (1, 2, 3…). */
  number: z.number().int().positive(),
  /** Its name. */
  name: z.string(),
  /** When it was taken, ISO 8601. */
  createdAt: z.string(),
});

export type ReviewComment = z.infer<typeof reviewCommentSchema>;
export type PublicJwk = z.infer<typeof publicJwkSchema>;
export type Signoff = z.infer<typeof signoffSchema>;
export type UnsignedSignoff = Omit<Signoff, 'signature'>;
export type Submission = z.infer<typeof submissionSchema>;
export type BundleVersion = z.infer<typeof bundleVersionSchema>;
