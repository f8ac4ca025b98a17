import { contentHash } from '../bundle/hash';
import type { Bundle } from '../bundle/schema';
import { exportedContent } from '../bundle/writeBundle';
import type { PrototypeContent, ReviewStatus } from '../prototype/schema';
import { emptyReviewRecord, type ReviewRecord } from './record';
import { receiveRound, statusOfRecord } from './rounds';

/** The hash a review round and its sign-offs cover, for a prototype as it is now. */
export function reviewHash(prototype: PrototypeContent): Promise<string> {
  return contentHash(exportedContent(prototype));
}

/** Whether a file is part of a review: submitted for it, or carrying decisions. */
export function isReviewFile(bundle: Bundle): boolean {
  return bundle.submission !== undefined || bundle.signoffs.length > 0;
}

/**
 * The review bookkeeping and status of a prototype after importing an intact file: a
 * review file records its round (and its decisions); a plain export changes neither.
 */
export function reviewAfterImport(
  existing: ReviewRecord | undefined,
  bundle: Bundle,
  at: Date,
): { review?: ReviewRecord; status: ReviewStatus } {
  if (!isReviewFile(bundle)) {
    return existing ? { review: existing, status: statusOfRecord(existing) } : { status: 'draft' };
  }
  const review = receiveRound(
    existing ?? emptyReviewRecord,
    {
      contentHash: bundle.integrity.contentHash,
      version: bundle.version,
      submission: bundle.submission,
      signoffs: bundle.signoffs,
    },
    at.toISOString(),
  );
  return { review, status: statusOfRecord(review) };
}
