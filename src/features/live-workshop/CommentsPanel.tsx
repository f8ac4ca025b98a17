import { useId, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { CommentTarget, WorkshopComment } from '../../domain/live/comments';
import {
  addComment,
  commentThreads,
  setCommentResolved,
  voteCounts,
  voteOnComment,
} from '../../domain/live/commentCommands';
import { captureException } from '../../domain/exceptions/commands';
import { newId } from '../../domain/ids';
import { canComment, canEditPrototype } from '../../domain/live/roles';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { useLiveSession } from '../../state/liveSession';
import { useSelection } from '../../state/selection';
import { loadParticipant } from '../../storage/liveLinks';

const noComments: WorkshopComment[] = [];

/** What a new comment is about: what is selected, else the step on screen. */
function useCurrentTarget(): CommentTarget {
  const { t } = useTranslation('live');
  const step = useSelection((state) => state.step) ?? 'purpose';
  const selected = useSelection((state) => state.selected);
  if (selected) return { kind: selected.kind, id: selected.id, label: selected.label };
  const stepName = t(`common:steps.${step}`);
  return { kind: 'step', id: step, label: t('comments.aboutStep', { step: stepName }) };
}

function CommentForm({
  label,
  submitLabel,
  onSubmit,
  allowProposal,
}: {
  label: string;
  submitLabel: string;
  onSubmit: (text: string, proposal: boolean) => void;
  allowProposal?: boolean;
}) {
  const { t } = useTranslation('live');
  const id = useId();
  const [text, setText] = useState('');
  const [proposal, setProposal] = useState(false);
  return (
    <form
      className="live-comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() === '') return;
        onSubmit(text.trim(), proposal);
        setText('');
        setProposal(false);
      }}
    >
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        value={text}
        maxLength={2000}
        rows={2}
        onChange={(event) => setText(event.target.value)}
      />
      {allowProposal && (
        <label>
          <input
            type="checkbox"
            checked={proposal}
            onChange={(event) => setProposal(event.target.checked)}
          />{' '}
          {t('comments.proposal')}
        </label>
      )}
      <button type="submit" className="button button--small">
        {submitLabel}
      </button>
    </form>
  );
}

function Thread({
  comment,
  replies,
  me,
}: {
  comment: WorkshopComment;
  replies: WorkshopComment[];
  me: string;
}) {
  const { t } = useTranslation('live');
  const role = useLiveSession((state) => state.role);
  const [replying, setReplying] = useState(false);
  const counts = voteCounts(comment);
  const mayComment = role !== undefined && canComment(role);
  const vote = (value: 'for' | 'against') =>
    execute(voteOnComment({ id: comment.id, voterId: me, vote: value }));
  const toException = () =>
    execute(
      captureException({
        exception: {
          id: newId(),
          title: comment.text.slice(0, 200),
          description: '',
          frequency: 'unknown',
          status: 'open',
          context: { step: 'exceptions' },
          createdAt: new Date().toISOString(),
        },
      }),
    ) && execute(setCommentResolved({ id: comment.id, resolved: true }));
  return (
    <li className={`live-thread${comment.resolved ? ' live-thread--resolved' : ''}`}>
      <article aria-label={`${comment.authorName} : ${comment.text.slice(0, 60)}`}>
        <p className="live-thread__meta">
          <strong>{comment.authorName}</strong> ·{' '}
          {t('comments.about', { label: comment.target.label })}
          {comment.kind === 'exception-proposal' && (
            <span className="live-badge">{t('comments.proposalBadge')}</span>
          )}
          {comment.resolved && <span className="live-badge">{t('comments.resolved')}</span>}
        </p>
        <p className="live-thread__text">{comment.text}</p>
        <ul className="live-replies">
          {replies.map((reply) => (
            <li key={reply.id}>
              <strong>{reply.authorName}</strong> :{' '}
              <span className="live-thread__text">{reply.text}</span>
            </li>
          ))}
        </ul>
        {mayComment && (
          <div className="button-row">
            <button
              type="button"
              className="button button--ghost button--small"
              aria-pressed={comment.votes[me] === 'for'}
              onClick={() => vote('for')}
            >
              {t('comments.voteFor', { count: counts.for })}
            </button>
            <button
              type="button"
              className="button button--ghost button--small"
              aria-pressed={comment.votes[me] === 'against'}
              onClick={() => vote('against')}
            >
              {t('comments.voteAgainst', { count: counts.against })}
            </button>
            <button
              type="button"
              className="button button--ghost button--small"
              aria-expanded={replying}
              onClick={() => setReplying(!replying)}
            >
              {t('comments.reply')}
            </button>
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() =>
                execute(setCommentResolved({ id: comment.id, resolved: !comment.resolved }))
              }
            >
              {comment.resolved ? t('comments.reopen') : t('comments.resolve')}
            </button>
            {comment.kind === 'exception-proposal' &&
              !comment.resolved &&
              role &&
              canEditPrototype(role) && (
                <button type="button" className="button button--small" onClick={toException}>
                  {t('comments.toException')}
                </button>
              )}
          </div>
        )}
        {replying && <ReplyForm parent={comment} onDone={() => setReplying(false)} />}
      </article>
    </li>
  );
}

function newComment(
  text: string,
  target: CommentTarget,
  extra: Partial<WorkshopComment>,
): WorkshopComment | undefined {
  const me = loadParticipant();
  if (!me) return undefined;
  return {
    id: newId(),
    kind: 'comment',
    target,
    authorId: me.id,
    authorName: me.name || '?',
    text,
    createdAt: new Date().toISOString(),
    resolved: false,
    votes: {},
    ...extra,
  };
}

function ReplyForm({ parent, onDone }: { parent: WorkshopComment; onDone: () => void }) {
  const { t } = useTranslation('live');
  return (
    <CommentForm
      label={t('comments.replyLabel')}
      submitLabel={t('comments.reply')}
      onSubmit={(text) => {
        const reply = newComment(text, parent.target, { parentId: parent.id });
        if (reply) execute(addComment({ comment: reply }));
        onDone();
      }}
    />
  );
}

/** The workshop's comments and votes, threaded; text is always shown as text. */
export function CommentsPanel() {
  const { t } = useTranslation('live');
  const comments = useEditorStore((state) => state.prototype?.workshopComments ?? noComments);
  const role = useLiveSession((state) => state.role);
  const target = useCurrentTarget();
  const me = loadParticipant()?.id ?? '';
  const threads = commentThreads(comments);
  return (
    <section className="live-comments" aria-labelledby="live-comments-title">
      <h2 id="live-comments-title" className="live-bar__heading">
        {t('comments.title')}
      </h2>
      {threads.length === 0 ? (
        <p>{t('comments.none')}</p>
      ) : (
        <ul className="live-threads">
          {threads.map(({ comment, replies }) => (
            <Thread key={comment.id} comment={comment} replies={replies} me={me} />
          ))}
        </ul>
      )}
      {role && canComment(role) ? (
        <>
          <p className="field__help">{t('comments.about', { label: target.label })}</p>
          <CommentForm
            label={t('comments.text')}
            submitLabel={t('comments.send')}
            allowProposal
            onSubmit={(text, proposal) => {
              const comment = newComment(
                text,
                target,
                proposal ? { kind: 'exception-proposal' } : {},
              );
              if (comment) execute(addComment({ comment }));
            }}
          />
        </>
      ) : (
        <p>{t('comments.readOnly')}</p>
      )}
    </section>
  );
}
