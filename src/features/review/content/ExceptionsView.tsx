import { useTranslation } from '../../../ui/i18n/useTranslation';
import { exceptionDecisions, type PrototypeException } from '../../../domain/exceptions/schema';
import type { ExceptionVote } from '../../../domain/live/exceptionVotes';

/** Who in the live workshops would decide what for one exception, in words. */
function VotesCell({ votes }: { votes: readonly ExceptionVote[] }) {
  const { t } = useTranslation('review');
  if (votes.length === 0) return <span className="review-missing">{t('exceptions.noVotes')}</span>;
  const byChoice = exceptionDecisions
    .map((choice) => [choice, votes.filter((vote) => vote.choice === choice)] as const)
    .filter(([, group]) => group.length > 0);
  return (
    <ul className="review-votes">
      {byChoice.map(([choice, group]) => (
        <li key={choice}>
          {t('exceptions.vote', {
            choice: t(`exceptions.decisions.${choice}`),
            count: group.length,
            names: group.map((vote) => vote.voterName).join(', '),
          })}
        </li>
      ))}
    </ul>
  );
}

/** The exceptions set aside, what was decided for each and, after live workshops, who would decide what. */
export function ExceptionsView({
  exceptions,
  votes = [],
}: {
  exceptions: readonly PrototypeException[];
  votes?: readonly ExceptionVote[];
}) {
  const { t } = useTranslation('review');
  const voted = votes.length > 0;
  if (exceptions.length === 0) return <p>{t('exceptions.none')}</p>;
  return (
    <table className="review-table">
      <caption className="visually-hidden">{t('exceptions.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('exceptions.case')}</th>
          <th scope="col">{t('exceptions.frequency')}</th>
          <th scope="col">{t('exceptions.decision')}</th>
          {voted && <th scope="col">{t('exceptions.votes')}</th>}
        </tr>
      </thead>
      <tbody>
        {exceptions.map((exception) => (
          <tr key={exception.id}>
            <th scope="row">
              {exception.title}
              {exception.description && <p className="review-note">{exception.description}</p>}
            </th>
            <td>
              {exception.frequency === 'share'
                ? t('exceptions.share', { percent: exception.sharePercent ?? 0 })
                : t(`exceptions.frequencies.${exception.frequency}`)}
            </td>
            <td>
              {exception.decision ? (
                t(`exceptions.decisions.${exception.decision}`)
              ) : (
                <span className="review-missing">{t('exceptions.undecided')}</span>
              )}
            </td>
            {voted && (
              <td>
                <VotesCell votes={votes.filter((vote) => vote.exceptionId === exception.id)} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
