import { useTranslation } from 'react-i18next';
import type { PrototypeException } from '../../../domain/exceptions/schema';

/** The exceptions set aside, and what was decided for each. */
export function ExceptionsView({ exceptions }: { exceptions: readonly PrototypeException[] }) {
  const { t } = useTranslation('review');
  if (exceptions.length === 0) return <p>{t('exceptions.none')}</p>;
  return (
    <table className="review-table">
      <caption className="visually-hidden">{t('exceptions.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('exceptions.case')}</th>
          <th scope="col">{t('exceptions.frequency')}</th>
          <th scope="col">{t('exceptions.decision')}</th>
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
          </tr>
        ))}
      </tbody>
    </table>
  );
}
