import { describe, expect, it } from 'vitest';
import { emptyReviewRecord, type ReviewRecord } from '../../../src/domain/review/record';
import {
  receiveRound,
  receivedComments,
  reviewStage,
  statusOfRecord,
  type IncomingRound,
} from '../../../src/domain/review/rounds';
import { approvedBundle, keyOf, signed, submittedBundle } from './support';
import type { Bundle } from '../../../src/domain/bundle/schema';

const incoming = (bundle: Bundle): IncomingRound => ({
  contentHash: bundle.integrity.contentHash,
  version: bundle.version,
  submission: bundle.submission,
  signoffs: bundle.signoffs,
});
const at = '2026-11-24T10:00:00.000Z';

describe('where a review stands', () => {
  it('starts as a draft the referent prepares', () => {
    expect(statusOfRecord(emptyReviewRecord)).toBe('draft');
    expect(reviewStage(emptyReviewRecord).kind).toBe('prepare');
  });

  it('asks the verifier, then the approver, to decide on a received file', async () => {
    const submitted = await submittedBundle();
    const atVerifier = receiveRound(emptyReviewRecord, incoming(submitted), at);
    expect(statusOfRecord(atVerifier)).toBe('submitted');
    expect(reviewStage(atVerifier)).toMatchObject({ kind: 'decide', role: 'verifier' });

    const verified = await signed(submitted, {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
    });
    const atApprover = receiveRound(emptyReviewRecord, incoming(verified), at);
    expect(statusOfRecord(atApprover)).toBe('verified');
    expect(reviewStage(atApprover)).toMatchObject({ kind: 'decide', role: 'approver' });
    // The verifier's own browser does not offer to approve what it verified.
    const atVerifierAfter = receiveRound(atVerifier, incoming(verified), at);
    expect(reviewStage(atVerifierAfter, (await keyOf('Bruno')).publicKey).kind).toBe('signed-here');
  });

  it('shows the referent the decisions on the round submitted from here', async () => {
    const submitted = await submittedBundle();
    const mine: ReviewRecord = {
      ...emptyReviewRecord,
      rounds: [{ ...incoming(submitted), origin: 'submitted-here' }],
    };
    expect(reviewStage(mine).kind).toBe('awaiting');
    const changes = await signed(submitted, {
      role: 'verifier',
      name: 'Bruno',
      decision: 'changes-requested',
      comments: [{ id: 'c1', step: 'purpose', text: 'Préciser le public.' }],
    });
    const back = receiveRound(mine, incoming(changes), at);
    expect(back.rounds).toHaveLength(1);
    expect(back.rounds[0]!.origin).toBe('submitted-here');
    expect(statusOfRecord(back)).toBe('changes-requested');
    expect(reviewStage(back).kind).toBe('prepare');
    expect(receivedComments(back).map((each) => each.comment.text)).toEqual([
      'Préciser le public.',
    ]);
    const approved = receiveRound(mine, incoming(await approvedBundle()), at);
    expect(reviewStage(approved).kind).toBe('approved');
  });

  it('never lets an older copy of a file undo a decision', async () => {
    const submitted = await submittedBundle();
    const approved = receiveRound(emptyReviewRecord, incoming(await approvedBundle()), at);
    const stale = receiveRound(approved, incoming(submitted), at);
    expect(statusOfRecord(stale)).toBe('approved');
  });

  it('never lets a file that dropped or replaced a known decision undo it', async () => {
    const submitted = await submittedBundle();
    const changes = await signed(submitted, {
      role: 'verifier',
      name: 'Bruno',
      decision: 'changes-requested',
      comment: 'À compléter.',
    });
    const known = receiveRound(emptyReviewRecord, incoming(changes), at);
    // As many sign-offs, but not the one known here: someone verified in Bruno's name.
    const forged = await signed(submitted, {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
      keyName: 'Faussaire',
    });
    expect(statusOfRecord(receiveRound(known, incoming(forged), at))).toBe('changes-requested');
    const approved = await approvedBundle();
    const withApproval = receiveRound(emptyReviewRecord, incoming(approved), at);
    const cut = { ...approved, signoffs: approved.signoffs.slice(0, 1) };
    expect(statusOfRecord(receiveRound(withApproval, incoming(cut), at))).toBe('approved');
  });

  it('keeps the submission and version blocks the kept sign-offs were signed with', async () => {
    const submitted = await submittedBundle();
    const other = { ...submitted.submission!, by: 'Awa Diallo' };
    const known = receiveRound(
      emptyReviewRecord,
      incoming({ ...submitted, submission: other }),
      at,
    );
    const verified = await signed(submitted, {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
    });
    const updated = receiveRound(known, incoming(verified), at);
    expect(updated.rounds[0]).toMatchObject({
      submission: submitted.submission,
      version: submitted.version,
    });
    const stale = receiveRound(updated, incoming({ ...submitted, submission: other }), at);
    expect(stale.rounds[0]!.submission).toEqual(submitted.submission);
    const unsigned = receiveRound(known, incoming({ ...submitted, version: undefined }), at);
    expect(unsigned.rounds[0]).toMatchObject({ submission: other, version: submitted.version });
  });

  it('starts a new round for a new version', async () => {
    const first = receiveRound(emptyReviewRecord, incoming(await submittedBundle()), at);
    const second = receiveRound(first, incoming(await submittedBundle('Version 2')), at);
    expect(second.rounds).toHaveLength(2);
    expect(reviewStage(second)).toMatchObject({ kind: 'decide', role: 'verifier' });
  });
});
