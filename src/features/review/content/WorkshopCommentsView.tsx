import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { WorkshopComment } from '../../../domain/live/comments';
import { commentThreads, voteCounts } from '../../../domain/live/commentCommands';

/** The live workshops' comments and votes, threaded, as the verifier reads them. */
export function WorkshopCommentsView({ comments }: { comments: readonly WorkshopComment[] }) {
  const { t } = useTranslation('review');
  const describe = (comment: WorkshopComment) =>
    t('workshopComments.comment', {
      author: comment.authorName,
      target: comment.target.label,
      votes: t('workshopComments.votes', voteCounts(comment)),
      resolved: comment.resolved ? t('workshopComments.resolved') : '',
    });
  return (
    <>
      <h3>{t('workshopComments.title')}</h3>
      {comments.length === 0 ? (
        <p>{t('workshopComments.none')}</p>
      ) : (
        <ul>
          {commentThreads(comments).map(({ comment, replies }) => (
            <li key={comment.id}>
              <p>
                {describe(comment)}
                {comment.kind === 'exception-proposal' && ` (${t('workshopComments.proposal')})`}
              </p>
              <p className="dossier__quote">{comment.text}</p>
              {replies.length > 0 && (
                <ul>
                  {replies.map((reply) => (
                    <li key={reply.id}>
                      {t('workshopComments.reply', { author: reply.authorName })} :{' '}
                      <span className="dossier__quote">{reply.text}</span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
