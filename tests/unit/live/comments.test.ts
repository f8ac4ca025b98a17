import { describe, expect, it } from 'vitest';
import { commenterChangeRefusal, type WorkshopComment } from '../../../src/domain/live/comments';
import { canComment, canEditPrototype } from '../../../src/domain/live/roles';

const comment = (id: string, authorId: string, extra: Partial<WorkshopComment> = {}) =>
  ({
    id,
    kind: 'comment',
    target: { kind: 'field', id: 'f1', label: 'Nom' },
    authorId,
    authorName: authorId,
    text: 'Pourquoi ?',
    createdAt: '2026-11-23T10:00:00.000Z',
    resolved: false,
    votes: {},
    ...extra,
  }) satisfies WorkshopComment;

describe('roles', () => {
  it('let only editors and the referent change the prototype, and everyone but viewers comment', () => {
    expect(
      ['viewer', 'commenter', 'editor', 'owner'].map((role) => canEditPrototype(role as never)),
    ).toEqual([false, false, true, true]);
    expect(
      ['viewer', 'commenter', 'editor', 'owner'].map((role) => canComment(role as never)),
    ).toEqual([false, true, true, true]);
  });
});

describe('what a commenter may change in the comments', () => {
  const theirs = comment('c1', 'alice');
  it('adds their own comment, votes for themselves and resolves a thread', () => {
    expect(commenterChangeRefusal([theirs], [theirs, comment('c2', 'me')], 'me')).toBeUndefined();
    expect(
      commenterChangeRefusal([theirs], [{ ...theirs, votes: { me: 'for' }, resolved: true }], 'me'),
    ).toBeUndefined();
  });

  it('edits and deletes only their own words', () => {
    const mine = comment('c2', 'me');
    expect(
      commenterChangeRefusal([theirs, mine], [theirs, { ...mine, text: 'Mieux dit' }], 'me'),
    ).toBeUndefined();
    expect(commenterChangeRefusal([theirs, mine], [theirs], 'me')).toBeUndefined();
    expect(commenterChangeRefusal([theirs], [], 'me')).toBe('read-only');
    expect(commenterChangeRefusal([theirs], [{ ...theirs, text: 'Falsifié' }], 'me')).toBe(
      'read-only',
    );
  });

  it('never votes for someone else nor writes in someone else’s name', () => {
    expect(commenterChangeRefusal([theirs], [{ ...theirs, votes: { bob: 'for' } }], 'me')).toBe(
      'read-only',
    );
    expect(commenterChangeRefusal([], [comment('c3', 'bob')], 'me')).toBe('read-only');
    expect(
      commenterChangeRefusal([], [comment('c3', 'me', { votes: { bob: 'against' } })], 'me'),
    ).toBe('read-only');
  });

  it('refuses comments that do not fit the schema', () => {
    expect(commenterChangeRefusal([], [{ ...comment('c4', 'me'), text: '' }], 'me')).toBe(
      'malformed',
    );
    expect(commenterChangeRefusal([], 'not a list', 'me')).toBe('malformed');
  });
});
