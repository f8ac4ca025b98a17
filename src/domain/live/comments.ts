import { z } from 'zod';

/** What a workshop comment is about: a step, a field, a process element, a status or an exception. */
export const commentTargetKinds = [
  'step',
  'field',
  'process-element',
  'status',
  'exception',
] as const;

export const COMMENT_TEXT_MAX_LENGTH = 2000;

export const workshopCommentSchema = z.object({
  /** Stable id, random. */
  id: z.string().min(1).max(64),
  /** The comment answered, for a reply; absent for a thread's first comment. */
  parentId: z.string().min(1).max(64).optional(),
  /** A plain comment, or a proposal to note an exception. */
  kind: z.enum(['comment', 'exception-proposal']),
  /** What it is about, with its label when written, to be read even if the thing is gone. */
  target: z.object({
    kind: z.enum(commentTargetKinds),
    id: z.string().max(200),
    label: z.string().max(300),
  }),
  /** The participant id of the author's browser. */
  authorId: z.string().min(1).max(64),
  /** The author's name as they gave it. */
  authorName: z.string().max(60),
  /** The comment, plain text (never rendered as HTML). */
  text: z.string().trim().min(1).max(COMMENT_TEXT_MAX_LENGTH),
  /** When written, ISO 8601. */
  createdAt: z.string().max(40),
  /** Whether the thread was settled. */
  resolved: z.boolean(),
  /** Each participant's vote on it, by participant id. */
  votes: z.record(z.string().max(64), z.enum(['for', 'against'])),
});

/** The workshop's comments and votes, carried in the prototype so versions and the review dossier keep them. */
export const workshopCommentsSchema = z.array(workshopCommentSchema).max(5000);

export type WorkshopComment = z.infer<typeof workshopCommentSchema>;
export type CommentTarget = WorkshopComment['target'];

/** The content key that holds the comments. */
export const COMMENTS_KEY = 'workshopComments';

function sameExceptVotesAndResolved(a: WorkshopComment, b: WorkshopComment): boolean {
  const strip = ({ votes: _votes, resolved: _resolved, ...rest }: WorkshopComment) => rest;
  return JSON.stringify(strip(a)) === JSON.stringify(strip(b));
}

function sameVotesExcept(a: WorkshopComment, b: WorkshopComment, participantId: string) {
  const others = (votes: WorkshopComment['votes']) =>
    JSON.stringify(
      Object.entries(votes)
        .filter(([id]) => id !== participantId)
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return others(a.votes) === others(b.votes);
}

/**
 * Why a commenter may not turn the comments `before` into `after`, or undefined when
 * they may: they add comments of their own, edit or delete their own, vote for
 * themselves and resolve threads; they never touch another person's words or votes.
 */
export function commenterChangeRefusal(
  before: readonly WorkshopComment[],
  after: unknown,
  participantId: string,
): 'malformed' | 'read-only' | undefined {
  const parsed = workshopCommentsSchema.safeParse(after);
  if (!parsed.success) return 'malformed';
  const previous = new Map(before.map((comment) => [comment.id, comment]));
  const next = new Map(parsed.data.map((comment) => [comment.id, comment]));
  for (const [id, comment] of previous) {
    const now = next.get(id);
    const own = comment.authorId === participantId;
    if (!now) {
      if (!own) return 'read-only';
      continue;
    }
    if (now.authorId !== comment.authorId) return 'read-only';
    if (!own && !sameExceptVotesAndResolved(comment, now)) return 'read-only';
    if (!sameVotesExcept(comment, now, participantId)) return 'read-only';
  }
  for (const [id, comment] of next) {
    if (previous.has(id)) continue;
    if (comment.authorId !== participantId) return 'read-only';
    if (Object.keys(comment.votes).some((voter) => voter !== participantId)) return 'read-only';
  }
  return undefined;
}
