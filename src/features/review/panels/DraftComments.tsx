import { useTranslation } from '../../../ui/i18n/useTranslation';
import { editReviewComment, removeReviewComment } from '../../../domain/review/commands';
import type { ReviewComment } from '../../../domain/review/schema';
import { execute } from '../../../state/commands';
import { TextField } from '../../../ui/TextField';

/** Where a comment is attached, in words: "Formulaire — Date de naissance". */
export function useCommentPlace() {
  const { t } = useTranslation('review');
  return (comment: ReviewComment) =>
    comment.target
      ? t('comments.place', {
          step: t(`common:steps.${comment.step}`),
          label: comment.target.label,
        })
      : t(`common:steps.${comment.step}`);
}

/** The comments written here, still editable: the decision signs them as they are. */
export function DraftComments({ drafts }: { drafts: readonly ReviewComment[] }) {
  const { t } = useTranslation('review');
  const place = useCommentPlace();
  return (
    <div className="review-drafts">
      <h3>{t('comments.drafts', { count: drafts.length })}</h3>
      {drafts.length === 0 ? (
        <p className="review-note">{t('comments.howTo')}</p>
      ) : (
        <ul className="review-drafts__list">
          {drafts.map((comment) => (
            <li key={comment.id}>
              <TextField
                label={t('comments.draft', { label: place(comment) })}
                value={comment.text}
                onChange={(text) => execute(editReviewComment({ id: comment.id, text }))}
                multiline
                rows={2}
              />
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => execute(removeReviewComment({ id: comment.id }))}
              >
                {t('comments.remove')}{' '}
                <span className="visually-hidden">
                  {t('comments.on', { label: place(comment) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
