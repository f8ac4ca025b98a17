import { describe, expect, it } from 'vitest';
import { CommandRefusedError } from '../../../src/domain/commands';
import {
  addReviewComment,
  editReviewComment,
  recordSignoff,
  removeReviewComment,
  setCommentResolved,
  submitForReview,
} from '../../../src/domain/review/commands';
import type { ReviewRound } from '../../../src/domain/review/record';
import { reviewOf } from '../../../src/domain/review/rounds';
import type { ReviewComment } from '../../../src/domain/review/schema';
import { doUndoRedo } from '../workshops/doUndoRedo';
import { samplePrototype, signed, submittedBundle } from './support';

const comment = (id: string, text = 'Pourquoi ce champ ?'): ReviewComment => ({
  id,
  step: 'form',
  target: { kind: 'field', id: 'f1', label: 'Date de naissance' },
  text,
});

async function submitted() {
  const bundle = await submittedBundle();
  const round: ReviewRound = {
    contentHash: bundle.integrity.contentHash,
    version: bundle.version,
    submission: bundle.submission,
    origin: 'submitted-here',
    signoffs: [],
  };
  return { bundle, round, prototype: submitForReview({ round }).apply(samplePrototype()) };
}

describe('submitting for review', () => {
  it('given a draft, when submitted, then a round starts and the prototype is submitted', async () => {
    const { prototype, round } = await submitted();
    expect(prototype.status).toBe('submitted');
    expect(reviewOf(prototype).rounds).toEqual([round]);
  });

  it('refuses to submit the same content twice', async () => {
    const { prototype, round } = await submitted();
    expect(() => submitForReview({ round }).apply(prototype)).toThrow(CommandRefusedError);
  });
});

describe('recording a decision signed here', () => {
  it('appends the sign-off to the round, takes its status and empties the draft comments', async () => {
    const { prototype, bundle } = await submitted();
    const withComment = addReviewComment({ comment: comment('c1') }).apply(prototype);
    const decided = await signed(bundle, {
      role: 'verifier',
      name: 'Bruno',
      decision: 'changes-requested',
      comments: [comment('c1')],
    });
    const after = recordSignoff({ signoff: decided.signoffs[0]! }).apply(withComment);
    expect(after.status).toBe('changes-requested');
    expect(reviewOf(after).rounds[0]!.signoffs).toEqual(decided.signoffs);
    expect(reviewOf(after).draftComments).toEqual([]);
  });

  it('refuses a sign-off of other content or out of the chain', async () => {
    const { prototype } = await submitted();
    const other = await signed(await submittedBundle('Autre'), {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
    });
    expect(() => recordSignoff({ signoff: other.signoffs[0]! }).apply(prototype)).toThrow(
      'review:errors.notThisRound',
    );
  });
});

describe('review comments: do, undo, redo', () => {
  it('adds a draft comment', async () => {
    const { prototype } = await submitted();
    const after = doUndoRedo(prototype, addReviewComment({ comment: comment('c1') }));
    expect(reviewOf(after).draftComments).toEqual([comment('c1')]);
    expect(after.status).toBe('submitted');
  });

  it('refuses an empty comment', () => {
    expect(() =>
      addReviewComment({ comment: comment('c1', '  ') }).apply(samplePrototype()),
    ).toThrow('review:errors.emptyComment');
  });

  it('edits a draft comment, typing merging into one step', async () => {
    const { prototype } = await submitted();
    const before = addReviewComment({ comment: comment('c1') }).apply(prototype);
    const command = editReviewComment({ id: 'c1', text: 'Ce champ est-il nécessaire ?' });
    const after = doUndoRedo(before, command);
    expect(reviewOf(after).draftComments[0]!.text).toBe('Ce champ est-il nécessaire ?');
    expect(command.mergeKey).toBe('editReviewComment:c1');
    expect(editReviewComment({ id: 'c1', text: 'Pourquoi ce champ ?' }).apply(before)).toBe(before);
  });

  it('removes a draft comment', async () => {
    const { prototype } = await submitted();
    const before = addReviewComment({ comment: comment('c1') }).apply(prototype);
    const after = doUndoRedo(before, removeReviewComment({ id: 'c1' }));
    expect(reviewOf(after).draftComments).toEqual([]);
  });

  it('marks a received comment resolved, then not', async () => {
    const { prototype } = await submitted();
    const resolved = doUndoRedo(prototype, setCommentResolved({ id: 'c1', resolved: true }));
    expect(reviewOf(resolved).resolvedCommentIds).toEqual(['c1']);
    expect(setCommentResolved({ id: 'c1', resolved: true }).apply(resolved)).toBe(resolved);
    const reopened = doUndoRedo(resolved, setCommentResolved({ id: 'c1', resolved: false }));
    expect(reviewOf(reopened).resolvedCommentIds).toEqual([]);
  });
});
