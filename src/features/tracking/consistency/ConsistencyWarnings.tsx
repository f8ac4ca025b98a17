import { useTranslation } from '../../../ui/i18n/useTranslation';
import { openStatus, openTab } from '../viewStore';
import { TimeLimitNotice } from './TimeLimitNotice';
import { useStaleWordings } from './useStaleWordings';
import { useTimeLimitProblems } from './useTimeLimitProblems';
import { WordingNotice } from './WordingNotice';

/**
 * What a renamed status or a changed process has left behind here: messages still saying
 * a former label, time limits no step backs. Shown above every tab, since the team often
 * arrives from the processing step; each with its one-click fix.
 */
export function ConsistencyWarnings() {
  const { t } = useTranslation('tracking');
  const stale = useStaleWordings();
  const limits = useTimeLimitProblems();
  if (stale.length === 0 && limits.length === 0) return null;
  const open = (statusId: string) => {
    openTab('statuses');
    openStatus(statusId);
  };
  const openButton = (statusId: string) => (
    <button
      type="button"
      className="button button--ghost button--small"
      onClick={() => open(statusId)}
    >
      {t('consistency.open')}
    </button>
  );
  return (
    <div
      className="banner banner--warning"
      role="region"
      aria-labelledby="consistency-warnings-title"
    >
      <h2 id="consistency-warnings-title" className="banner__title">
        {t('consistency.title')}
      </h2>
      <ul>
        {stale.map((item) => (
          <li key={`wording-${item.status.id}`}>
            <WordingNotice stale={item} /> {openButton(item.status.id)}
          </li>
        ))}
        {limits.map((problem) => (
          <li key={`limit-${problem.status.id}`}>
            <TimeLimitNotice problem={problem} /> {openButton(problem.status.id)}
          </li>
        ))}
      </ul>
    </div>
  );
}
