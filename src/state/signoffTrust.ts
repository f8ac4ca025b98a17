import type { Bundle } from '../domain/bundle/schema';
import { doubtsAbout, hasDoubts, type SignoffDoubts } from '../domain/review/doubts';
import type { ReviewRound } from '../domain/review/record';
import { reviewOf } from '../domain/review/rounds';
import type { Signoff } from '../domain/review/schema';
import { loadPrototype } from '../storage/prototypeRepository';
import { listReviewerKeys } from '../storage/reviewerKeyRepository';
import { rememberSeenSignoffs, seenSignoffsOf } from '../storage/seenSignoffRepository';
import { confirmKey, learnFirstUseKeys } from './reviewerKeys';

/**
 * Keeps the sign-offs of a file this browser keeps (and trusts their keys on first use), so
 * that a later file lacking one of them is flagged, and a new key under a known name too.
 */
export async function rememberSignoffs(
  prototypeId: string,
  signoffs: readonly Signoff[],
  at = new Date(),
): Promise<void> {
  await rememberSeenSignoffs(prototypeId, signoffs, at);
  await learnFirstUseKeys(signoffs, at);
}

/** Keeps a sign-off made here, and this browser's key as its signer's. */
export async function rememberOwnSignoff(prototypeId: string, signoff: Signoff): Promise<void> {
  const at = new Date(signoff.at);
  await rememberSeenSignoffs(prototypeId, [signoff], at);
  await confirmKey(signoff, at);
}

/**
 * The doubts about a received file: what this browser saw for its content that it lacks
 * (in its record of the prototype, or remembered even after the prototype was deleted), and
 * how its signers' keys are recognised. Nothing is learnt from the file here.
 */
export async function doubtsAboutFile(bundle: Bundle): Promise<SignoffDoubts> {
  const contentHash = bundle.integrity.contentHash;
  const [remembered, stored, known] = await Promise.all([
    seenSignoffsOf(contentHash),
    loadPrototype(bundle.prototype.id),
    listReviewerKeys(),
  ]);
  const recorded = stored
    ? reviewOf(stored)
        .rounds.filter((round) => round.contentHash === contentHash)
        .flatMap((round) => round.signoffs)
    : [];
  return doubtsAbout(
    { contentHash, signoffs: bundle.signoffs },
    [...recorded, ...remembered],
    known,
  );
}

/** The doubts about a round kept here: sign-offs seen for its content that it lacks, and keys. */
export async function doubtsAboutRound(round: ReviewRound): Promise<SignoffDoubts> {
  const [seen, known] = await Promise.all([seenSignoffsOf(round.contentHash), listReviewerKeys()]);
  return doubtsAbout(round, seen, known);
}

/** The doubts about a received file when there is something to say, before it is imported. */
export async function doubtsWorthShowing(bundle: Bundle): Promise<SignoffDoubts | undefined> {
  const doubts = await doubtsAboutFile(bundle);
  return hasDoubts(doubts) ? doubts : undefined;
}
