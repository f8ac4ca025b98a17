import { useTranslation } from '../../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import { setCommentResolved } from '../../../domain/review/commands';
import type { ReviewRecord } from '../../../domain/review/record';
import { receivedComments } from '../../../domain/review/rounds';
import { execute } from '../../../state/commands';
import { requestReveal } from '../../../state/selection';
import { useCommentPlace } from './DraftComments';

/** The reviewers' comments received in files; the referent marks them resolved as they go. */
export function ReceivedComments({
  record,
  canResolve,
}: {
  record: ReviewRecord;
  canResolve: boolean;
}) {
  const { t } = useTranslation('review');
  const place = useCommentPlace();
  const comments = receivedComments(record);
  if (comments.length === 0) return null;
  const open = comments.filter((each) => !each.resolved).length;
  return (
    <section className="review-panel" aria-labelledby="review-received-title">
      <h2 id="review-received-title">{t('received.title')}</h2>
      <p>{t('received.summary', { count: comments.length, open })}</p>
      <ul className="review-received">
        {comments.map(({ comment, signoff, roundIndex, resolved }) => (
          <li
            key={comment.id}
            className={resolved ? 'review-comment review-comment--resolved' : 'review-comment'}
          >
            <p className="review-comment__place">
              {place(comment)} —{' '}
              <Link
                href={`/${comment.step}`}
                onClick={() => comment.target && requestReveal(comment.step, comment.target)}
              >
                {t('received.open', { step: t(`common:steps.${comment.step}`) })}
              </Link>
            </p>
            <p className="review-text">{comment.text}</p>
            <p className="review-note">
              {t('received.by', {
                name: signoff.name,
                role: t(`signoffs:role.${signoff.role}`),
                round: roundIndex + 1,
              })}
            </p>
            {canResolve && (
              <label className="review-check">
                <input
                  type="checkbox"
                  checked={resolved}
                  onChange={(event) =>
                    execute(setCommentResolved({ id: comment.id, resolved: event.target.checked }))
                  }
                />
                {t('received.resolved')} <span className="visually-hidden">— {comment.text}</span>
              </label>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
