import { z } from 'zod';
import { exceptionDecisions, type ExceptionDecision } from '../exceptions/schema';

/** The content key that holds the workshop's votes on exceptions. */
export const EXCEPTION_VOTES_KEY = 'exceptionVotes';

/** A vote's id: one per person and exception, so that two votes of one person cannot coexist. */
export function exceptionVoteId(exceptionId: string, voterId: string): string {
  return `${exceptionId}|${voterId}`;
}

export const exceptionVoteSchema = z
  .object({
    /** `exceptionVoteId(exceptionId, voterId)`. */
    id: z.string().min(1).max(200),
    /** The exception voted on (exceptions[].id). */
    exceptionId: z.string().min(1).max(120),
    /** The participant id of the voter's browser. */
    voterId: z.string().min(1).max(64),
    /** The voter's name as they gave it (shown as text, never as HTML). */
    voterName: z.string().max(60),
    /** What the voter would decide for this exception. */
    choice: z.enum(exceptionDecisions),
    /** When the vote was cast or last changed, ISO 8601. */
    at: z.string().max(40),
  })
  .refine((vote) => vote.id === exceptionVoteId(vote.exceptionId, vote.voterId), {
    message: 'a vote is identified by its exception and its voter',
    path: ['id'],
  });

/** Each participant's vote on what to decide for each exception, from live workshops. */
export const exceptionVotesSchema = z.array(exceptionVoteSchema).max(20_000);

export type ExceptionVote = z.infer<typeof exceptionVoteSchema>;

/** How many voted for each decision on `exceptionId`, in the decisions' order, zeros left out. */
export function voteTally(votes: readonly ExceptionVote[], exceptionId: string) {
  const counts = new Map<ExceptionDecision, number>();
  for (const vote of votes) {
    if (vote.exceptionId === exceptionId)
      counts.set(vote.choice, (counts.get(vote.choice) ?? 0) + 1);
  }
  return exceptionDecisions
    .filter((choice) => counts.has(choice))
    .map((choice) => ({ choice, count: counts.get(choice)! }));
}

/**
 * Why a commenter may not turn the votes `before` into `after`, or undefined when they
 * may: they cast, change and withdraw their own vote, never another person's.
 */
export function voterChangeRefusal(
  before: readonly ExceptionVote[],
  after: unknown,
  participantId: string,
): 'malformed' | 'read-only' | undefined {
  const parsed = exceptionVotesSchema.safeParse(after);
  if (!parsed.success) return 'malformed';
  const previous = new Map(before.map((vote) => [vote.id, vote]));
  const next = new Map(parsed.data.map((vote) => [vote.id, vote]));
  const same = (a?: ExceptionVote, b?: ExceptionVote) => JSON.stringify(a) === JSON.stringify(b);
  for (const id of new Set([...previous.keys(), ...next.keys()])) {
    if (same(previous.get(id), next.get(id))) continue;
    const voter = (next.get(id) ?? previous.get(id))!.voterId;
    if (voter !== participantId) return 'read-only';
  }
  return undefined;
}
