import { CommandRefusedError, defineCommand } from '../commands';
import type { Prototype } from '../prototype/schema';
import type { ReviewRecord, ReviewRound } from './record';
import { currentRound, reviewOf, statusOfRecord } from './rounds';
import type { ReviewComment, Signoff } from './schema';

/** A new round or decision: the prototype's status follows its review. */
function withRecord(prototype: Prototype, review: ReviewRecord): Prototype {
  return { ...prototype, review, status: statusOfRecord(review) };
}

/** Comments do not change where the review stands. */
function withComments(prototype: Prototype, review: ReviewRecord): Prototype {
  return { ...prototype, review };
}

/** Whether a round of this content was submitted already (the same file would come back). */
export function alreadySubmitted(record: ReviewRecord, contentHash: string): boolean {
  return record.rounds.some((round) => round.contentHash === contentHash);
}

/**
 * Starts a review round with a frozen version: the prototype is now submitted. Like
 * `recordSignoff`, a milestone: the file has left, so the store does not offer to undo it.
 */
export const submitForReview = defineCommand(
  'submitForReview',
  (prototype, { round }: { round: ReviewRound }) => {
    const record = reviewOf(prototype);
    if (alreadySubmitted(record, round.contentHash)) {
      throw new CommandRefusedError('review:errors.alreadySubmitted');
    }
    return withRecord(prototype, { ...record, rounds: [...record.rounds, round] });
  },
);

/** Adds a decision signed here to the current round; the draft comments went into it. */
export const recordSignoff = defineCommand(
  'recordSignoff',
  (prototype, { signoff }: { signoff: Signoff }) => {
    const record = reviewOf(prototype);
    const round = currentRound(record);
    if (!round || round.contentHash !== signoff.contentHash) {
      throw new CommandRefusedError('review:errors.notThisRound');
    }
    if ((round.signoffs.at(-1)?.signature ?? null) !== signoff.previousSignature) {
      throw new CommandRefusedError('review:errors.notThisRound');
    }
    const signed = { ...round, signoffs: [...round.signoffs, signoff] };
    return withRecord(prototype, {
      ...record,
      rounds: record.rounds.map((each) => (each === round ? signed : each)),
      draftComments: [],
    });
  },
);

const blank = (text: string) => text.trim() === '';

export const addReviewComment = defineCommand(
  'addReviewComment',
  (prototype, { comment }: { comment: ReviewComment }) => {
    if (blank(comment.text)) throw new CommandRefusedError('review:errors.emptyComment');
    const record = reviewOf(prototype);
    return withComments(prototype, {
      ...record,
      draftComments: [...record.draftComments, comment],
    });
  },
);

/** Changes a draft comment's text; typing in one comment is one undo step. */
export const editReviewComment = defineCommand(
  'editReviewComment',
  (prototype, { id, text }: { id: string; text: string }) => {
    const record = reviewOf(prototype);
    const comment = record.draftComments.find((each) => each.id === id);
    if (!comment || comment.text === text) return prototype;
    return withComments(prototype, {
      ...record,
      draftComments: record.draftComments.map((each) =>
        each.id === id ? { ...each, text } : each,
      ),
    });
  },
  ({ id }) => id,
);

export const removeReviewComment = defineCommand(
  'removeReviewComment',
  (prototype, { id }: { id: string }) => {
    const record = reviewOf(prototype);
    if (!record.draftComments.some((each) => each.id === id)) return prototype;
    return withComments(prototype, {
      ...record,
      draftComments: record.draftComments.filter((each) => each.id !== id),
    });
  },
);

/** The referent marks a received comment as dealt with (or not). */
export const setCommentResolved = defineCommand(
  'setCommentResolved',
  (prototype, { id, resolved }: { id: string; resolved: boolean }) => {
    const record = reviewOf(prototype);
    const isResolved = record.resolvedCommentIds.includes(id);
    if (isResolved === resolved) return prototype;
    return withComments(prototype, {
      ...record,
      resolvedCommentIds: resolved
        ? [...record.resolvedCommentIds, id]
        : record.resolvedCommentIds.filter((each) => each !== id),
    });
  },
);
