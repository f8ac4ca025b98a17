import { z } from 'zod';
import {
  bundleVersionSchema,
  hexHashSchema,
  reviewCommentSchema,
  signoffSchema,
  submissionSchema,
} from './schema';

/** Whether this browser submitted a round, or received it in a file. */
export const roundOrigins = ['submitted-here', 'received'] as const;

/** One submission of a frozen version, and the decisions taken on it. */
export const reviewRoundSchema = z.object({
  /** Content hash of what was submitted: what every sign-off of the round must cover. */
  contentHash: hexHashSchema,
  /** The frozen version submitted. */
  version: bundleVersionSchema.optional(),
  /** Who submitted it, when, and what they declared. */
  submission: submissionSchema.optional(),
  /** Whether this browser submitted the round, or received it in a file. */
  origin: z.enum(roundOrigins),
  /** The sign-offs of the round, in order, as signed here or last received intact. */
  signoffs: z.array(signoffSchema),
  /** When a file of this round was last imported here, ISO 8601. */
  receivedAt: z.string().optional(),
});

/**
 * This browser's review bookkeeping of a prototype: kept beside the content, never hashed
 * nor exported as `prototype` (its sign-offs travel in the bundle's `signoffs`).
 */
export const reviewRecordSchema = z.object({
  /** Review rounds, oldest first; a new round starts with each submission. */
  rounds: z.array(reviewRoundSchema),
  /** Comments written here and not signed yet; the next decision signs them. */
  draftComments: z.array(reviewCommentSchema),
  /** Ids of received comments the referent marked resolved. */
  resolvedCommentIds: z.array(z.string()),
});

export type RoundOrigin = (typeof roundOrigins)[number];
export type ReviewRound = z.infer<typeof reviewRoundSchema>;
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

export const emptyReviewRecord: ReviewRecord = {
  rounds: [],
  draftComments: [],
  resolvedCommentIds: [],
};
