import type { ReviewStatus } from '../prototype/schema';
import { canonicalJson } from '../bundle/hash';
import { emptyReviewRecord, type ReviewRecord, type ReviewRound } from './record';
import type {
  BundleVersion,
  PublicJwk,
  ReviewComment,
  Signoff,
  SignoffDecision,
  SignoffRole,
  Submission,
} from './schema';

/** A prototype's review bookkeeping; a prototype never submitted has none stored. */
export function reviewOf(prototype: { review?: ReviewRecord }): ReviewRecord {
  return prototype.review ?? emptyReviewRecord;
}

export function currentRound(record: ReviewRecord): ReviewRound | undefined {
  return record.rounds.at(-1);
}

const statusOfDecision: Readonly<Record<SignoffDecision, ReviewStatus>> = {
  verified: 'verified',
  'changes-requested': 'changes-requested',
  approved: 'approved',
  rejected: 'rejected',
};

/** Where a round stands: submitted until someone decides, then the last decision. */
export function statusOfRound(round: ReviewRound): ReviewStatus {
  const last = round.signoffs.at(-1);
  return last ? statusOfDecision[last.decision] : 'submitted';
}

/** The catalogue's status of a prototype: the state of its last round, or draft. */
export function statusOfRecord(record: ReviewRecord): ReviewStatus {
  const round = currentRound(record);
  return round ? statusOfRound(round) : 'draft';
}

export const sameKey = (a: PublicJwk, b: PublicJwk): boolean =>
  canonicalJson(a) === canonicalJson(b);

/** What the review step offers, given the record and this browser's public key (if it has one). */
export type ReviewStage =
  /** The referent prepares a submission: checklist, declarations, submit. */
  | { kind: 'prepare'; round?: ReviewRound }
  /** Submitted from here; the reviewers have not finished. */
  | { kind: 'awaiting'; round: ReviewRound }
  /** Received in a file: the person of this browser takes the decision of this role. */
  | { kind: 'decide'; role: SignoffRole; round: ReviewRound }
  /** This browser signed the last decision: the file goes on to the next person. */
  | { kind: 'signed-here'; round: ReviewRound }
  /** Received, and ended with changes requested or a rejection: a new version will come. */
  | { kind: 'closed'; round: ReviewRound }
  | { kind: 'approved'; round: ReviewRound };

export function reviewStage(record: ReviewRecord, myKey?: PublicJwk): ReviewStage {
  const round = currentRound(record);
  if (!round) return { kind: 'prepare' };
  const status = statusOfRound(round);
  const here = round.origin === 'submitted-here';
  if (status === 'approved') return { kind: 'approved', round };
  const last = round.signoffs.at(-1);
  if (last && myKey && sameKey(last.publicKey, myKey)) return { kind: 'signed-here', round };
  switch (status) {
    case 'changes-requested':
    case 'rejected':
      return here ? { kind: 'prepare', round } : { kind: 'closed', round };
    case 'submitted':
      return here ? { kind: 'awaiting', round } : { kind: 'decide', role: 'verifier', round };
    case 'verified':
      return here ? { kind: 'awaiting', round } : { kind: 'decide', role: 'approver', round };
    case 'draft':
      return { kind: 'prepare', round };
  }
}

/** A round as a file carries it. */
export interface IncomingRound {
  contentHash: string;
  version?: BundleVersion;
  submission?: Submission;
  signoffs: Signoff[];
}

/** Whether a file's sign-offs carry every sign-off known here, so they may replace them. */
function extendsKnown(incoming: readonly Signoff[], known: readonly Signoff[]): boolean {
  const carried = new Set(incoming.map((signoff) => signoff.signature));
  return known.every((signoff) => carried.has(signoff.signature));
}

/**
 * Records a round received in an intact file. A file of a round already known updates its
 * sign-offs only when it carries every one known here: an older copy, or a file from which
 * a decision was dropped or replaced, never undoes a decision (the import says what it lacks).
 * Sign-offs' signatures cover the submission and version blocks of their file, so sign-offs
 * taken from the file come with that file's blocks, to be sent on exactly as they were signed.
 */
export function receiveRound(
  record: ReviewRecord,
  incoming: IncomingRound,
  at: string,
): ReviewRecord {
  const index = record.rounds.findIndex((round) => round.contentHash === incoming.contentHash);
  const known = record.rounds[index];
  if (!known) {
    const round: ReviewRound = { ...incoming, origin: 'received', receivedAt: at };
    return { ...record, rounds: [...record.rounds, round] };
  }
  const signoffs = extendsKnown(incoming.signoffs, known.signoffs)
    ? incoming.signoffs
    : known.signoffs;
  // The blocks the kept sign-offs were signed with; with no sign-off, what is known first.
  const signedWith =
    signoffs.length === 0 ? undefined : signoffs === known.signoffs ? known : incoming;
  const round: ReviewRound = {
    ...known,
    version: signedWith ? signedWith.version : (known.version ?? incoming.version),
    submission: signedWith ? signedWith.submission : (known.submission ?? incoming.submission),
    signoffs,
    receivedAt: at,
  };
  return { ...record, rounds: record.rounds.map((each, i) => (i === index ? round : each)) };
}

/** A received comment, with the sign-off that carries it. */
export interface ReceivedComment {
  comment: ReviewComment;
  signoff: Signoff;
  roundIndex: number;
  resolved: boolean;
}

/** Every comment received in sign-offs, newest round first. */
export function receivedComments(record: ReviewRecord): ReceivedComment[] {
  const resolved = new Set(record.resolvedCommentIds);
  return record.rounds
    .flatMap((round, roundIndex) =>
      round.signoffs.flatMap((signoff) =>
        signoff.comments.map((comment) => ({
          comment,
          signoff,
          roundIndex,
          resolved: resolved.has(comment.id),
        })),
      ),
    )
    .reverse();
}
