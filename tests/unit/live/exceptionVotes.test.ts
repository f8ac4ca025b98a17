import { describe, expect, it } from 'vitest';
import { captureException, removeException } from '../../../src/domain/exceptions/commands';
import { voteOnException } from '../../../src/domain/live/exceptionVoteCommands';
import {
  exceptionVoteId,
  voterChangeRefusal,
  voteTally,
  type ExceptionVote,
} from '../../../src/domain/live/exceptionVotes';
import { prototypeToDoc, readPrototype } from '../../../src/domain/live/sharedDoc';
import { createPrototype } from '../../../src/domain/prototype/create';
import { prototypeSchema } from '../../../src/domain/prototype/schema';
import { exception } from '../exceptions/fixtures';
import { doUndoRedo } from '../workshops/doUndoRedo';

const at = '2026-11-23T10:00:00.000Z';
const withException = () =>
  captureException({ exception: exception({ id: 'e1', title: 'Hébergé chez un tiers' }) }).apply(
    createPrototype('Carte', new Date(at)),
  );
const alice = { id: 'alice-01', name: 'Alice' };
const bob = { id: 'bob-0001', name: 'Bob' };
const vote = (voterId: string, choice: ExceptionVote['choice']): ExceptionVote => ({
  id: exceptionVoteId('e1', voterId),
  exceptionId: 'e1',
  voterId,
  voterName: voterId,
  choice,
  at,
});

describe('voteOnException', () => {
  it('casts one vote per person, undoably, and keeps it in the prototype', () => {
    const after = doUndoRedo(
      withException(),
      voteOnException({ exceptionId: 'e1', voter: alice, choice: 'later', at }),
    );
    expect(voteTally(after.exceptionVotes!, 'e1')).toEqual([{ choice: 'later', count: 1 }]);
    expect(prototypeSchema.safeParse(after).success).toBe(true);
  });

  it('changes a person’s vote rather than adding a second, and withdraws it when chosen again', () => {
    let prototype = voteOnException({ exceptionId: 'e1', voter: alice, choice: 'later', at }).apply(
      withException(),
    );
    prototype = voteOnException({ exceptionId: 'e1', voter: bob, choice: 'later', at }).apply(
      prototype,
    );
    const changed = doUndoRedo(
      prototype,
      voteOnException({ exceptionId: 'e1', voter: alice, choice: 'handled', at }),
    );
    expect(changed.exceptionVotes).toHaveLength(2);
    expect(voteTally(changed.exceptionVotes!, 'e1')).toEqual([
      { choice: 'later', count: 1 },
      { choice: 'handled', count: 1 },
    ]);
    const withdrawn = doUndoRedo(
      changed,
      voteOnException({ exceptionId: 'e1', voter: alice, choice: 'handled', at }),
    );
    expect(voteTally(withdrawn.exceptionVotes!, 'e1')).toEqual([{ choice: 'later', count: 1 }]);
  });

  it('ignores a vote on an exception that is gone, and a deleted exception takes its votes', () => {
    const prototype = withException();
    expect(
      voteOnException({ exceptionId: 'nope', voter: alice, choice: 'later', at }).apply(prototype),
    ).toBe(prototype);
    const voted = voteOnException({ exceptionId: 'e1', voter: alice, choice: 'later', at }).apply(
      prototype,
    );
    const removed = doUndoRedo(voted, removeException({ id: 'e1' }));
    expect(removed.exceptionVotes).toEqual([]);
  });

  it('travels through the shared document and back unchanged', () => {
    const voted = voteOnException({ exceptionId: 'e1', voter: alice, choice: 'later', at }).apply(
      withException(),
    );
    expect(readPrototype(prototypeToDoc(voted)).exceptionVotes).toEqual(voted.exceptionVotes);
  });
});

describe('what a commenter may change in the votes', () => {
  it('casts, changes and withdraws their own vote', () => {
    expect(voterChangeRefusal([], [vote('me', 'later')], 'me')).toBeUndefined();
    expect(
      voterChangeRefusal([vote('me', 'later')], [vote('me', 'handled')], 'me'),
    ).toBeUndefined();
    expect(
      voterChangeRefusal([vote('bob', 'later'), vote('me', 'later')], [vote('bob', 'later')], 'me'),
    ).toBeUndefined();
  });

  it('never casts, changes or withdraws another person’s vote', () => {
    expect(voterChangeRefusal([], [vote('bob', 'later')], 'me')).toBe('read-only');
    expect(voterChangeRefusal([vote('bob', 'later')], [vote('bob', 'handled')], 'me')).toBe(
      'read-only',
    );
    expect(voterChangeRefusal([vote('bob', 'later')], [], 'me')).toBe('read-only');
  });

  it('refuses a second vote of one person or a vote that does not fit the schema', () => {
    expect(voterChangeRefusal([], [{ ...vote('me', 'later'), id: 'e1|someone-else' }], 'me')).toBe(
      'malformed',
    );
    expect(voterChangeRefusal([], [{ ...vote('me', 'later'), choice: 'yes' }], 'me')).toBe(
      'malformed',
    );
  });
});
