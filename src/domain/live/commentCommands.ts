import { defineCommand } from '../commands';
import type { Prototype } from '../prototype/schema';
import type { WorkshopComment } from './comments';

function comments(prototype: Prototype): WorkshopComment[] {
  return prototype.workshopComments ?? [];
}

function changeComment(
  prototype: Prototype,
  id: string,
  change: (comment: WorkshopComment) => WorkshopComment,
): Prototype {
  const list = comments(prototype);
  const index = list.findIndex((comment) => comment.id === id);
  if (index === -1) return prototype;
  const next = change(list[index]!);
  if (next === list[index]) return prototype;
  return { ...prototype, workshopComments: list.with(index, next) };
}

/** Adds a comment, a reply (with `parentId`) or a proposed exception. */
export const addComment = defineCommand(
  'addComment',
  (prototype, { comment }: { comment: WorkshopComment }) => ({
    ...prototype,
    workshopComments: [...comments(prototype), comment],
  }),
);

/** Marks a thread settled, or opens it again. */
export const setCommentResolved = defineCommand(
  'setCommentResolved',
  (prototype, { id, resolved }: { id: string; resolved: boolean }) =>
    changeComment(prototype, id, (comment) =>
      comment.resolved === resolved ? comment : { ...comment, resolved },
    ),
);

/** One participant's vote for or against; the same vote again withdraws it. */
export const voteOnComment = defineCommand(
  'voteOnComment',
  (prototype, { id, voterId, vote }: { id: string; voterId: string; vote: 'for' | 'against' }) =>
    changeComment(prototype, id, (comment) => {
      const votes = { ...comment.votes };
      if (votes[voterId] === vote) delete votes[voterId];
      else votes[voterId] = vote;
      return { ...comment, votes };
    }),
);

/** The threads: each first comment with its replies, oldest first. */
export function commentThreads(list: readonly WorkshopComment[]) {
  const replies = new Map<string, WorkshopComment[]>();
  for (const comment of list) {
    if (comment.parentId)
      replies.set(comment.parentId, [...(replies.get(comment.parentId) ?? []), comment]);
  }
  return list
    .filter((comment) => !comment.parentId)
    .map((comment) => ({ comment, replies: replies.get(comment.id) ?? [] }));
}

/** How many voted for and against. */
export function voteCounts(comment: WorkshopComment) {
  const votes = Object.values(comment.votes);
  return {
    for: votes.filter((vote) => vote === 'for').length,
    against: votes.filter((vote) => vote === 'against').length,
  };
}
