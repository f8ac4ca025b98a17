import { createContext, useContext, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { newId } from '../../../domain/ids';
import { addReviewComment } from '../../../domain/review/commands';
import type { CommentTargetKind, ReviewComment } from '../../../domain/review/schema';
import type { StepId } from '../../../domain/steps';
import { execute } from '../../../state/commands';
import { TextField } from '../../../ui/TextField';

interface CommentsContextValue {
  /** Whether the reader may write comments (a reviewer deciding), or only read. */
  enabled: boolean;
  /** Comments written here and not signed yet. */
  drafts: readonly ReviewComment[];
}

export const CommentsContext = createContext<CommentsContextValue>({ enabled: false, drafts: [] });

interface CommentTargetProps {
  step: StepId;
  /** What in the step is commented; a whole step when absent. */
  target?: { kind: CommentTargetKind; id: string };
  /** What the comment is about, in words (also kept in the comment). */
  label: string;
}

const sameTarget = (comment: ReviewComment, step: StepId, id: string | undefined) =>
  comment.step === step && comment.target?.id === id;

/** "Comment" on a step or on one thing in it, and the draft comments already written there. */
export function CommentTarget({ step, target, label }: CommentTargetProps) {
  const { t } = useTranslation('review');
  const { enabled, drafts } = useContext(CommentsContext);
  const [text, setText] = useState<string>();
  if (!enabled) return null;
  const here = drafts.filter((comment) => sameTarget(comment, step, target?.id));
  const add = () => {
    if (!text?.trim()) return;
    const comment: ReviewComment = {
      id: newId(),
      step,
      ...(target ? { target: { ...target, label } } : {}),
      text: text.trim(),
    };
    if (execute(addReviewComment({ comment }))) setText(undefined);
  };
  return (
    <div className="comment-target">
      {here.length > 0 && (
        <ul className="comment-target__drafts" aria-label={t('comments.draftsOn', { label })}>
          {here.map((comment) => (
            <li key={comment.id}>{comment.text}</li>
          ))}
        </ul>
      )}
      {text === undefined ? (
        <button
          type="button"
          className="button button--ghost button--small comment-target__open"
          onClick={() => setText('')}
        >
          {t('comments.comment')}{' '}
          <span className="visually-hidden">{t('comments.on', { label })}</span>
        </button>
      ) : (
        <div className="comment-target__form">
          <TextField
            label={t('comments.textFor', { label })}
            value={text}
            onChange={setText}
            multiline
            rows={2}
            autoFocus
          />
          <div className="button-row">
            <button type="button" className="button button--small" onClick={add}>
              {t('comments.add')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => setText(undefined)}
            >
              {t('common:actions.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
