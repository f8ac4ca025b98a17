import type { ExceptionDecision } from '../exceptions/schema';
import { defineCommand } from '../commands';
import { exceptionVoteId } from './exceptionVotes';

/**
 * One participant's vote on what to decide for an exception: a new choice replaces their
 * previous one, the same choice again withdraws it.
 */
export const voteOnException = defineCommand(
  'voteOnException',
  (
    prototype,
    {
      exceptionId,
      voter,
      choice,
      at,
    }: {
      exceptionId: string;
      voter: { id: string; name: string };
      choice: ExceptionDecision;
      at: string;
    },
  ) => {
    if (!prototype.exceptions.some((exception) => exception.id === exceptionId)) return prototype;
    const id = exceptionVoteId(exceptionId, voter.id);
    const votes = prototype.exceptionVotes ?? [];
    const previous = votes.find((vote) => vote.id === id);
    const others = votes.filter((vote) => vote.id !== id);
    if (previous?.choice === choice) return { ...prototype, exceptionVotes: others };
    const vote = { id, exceptionId, voterId: voter.id, voterName: voter.name, choice, at };
    return {
      ...prototype,
      exceptionVotes: previous
        ? votes.map((item) => (item.id === id ? vote : item))
        : [...votes, vote],
    };
  },
);
