import { useTranslation } from '../../../ui/i18n/useTranslation';
import { updateStatus } from '../../../domain/tracking/commands/statuses';
import type { TimeLimitProblem } from '../../../domain/tracking/timeLimits';
import { execute } from '../../../state/commands';

/** What a status's time limit says that the process no longer does, and its one-click fix. */
export function TimeLimitNotice({ problem }: { problem: TimeLimitProblem }) {
  const { t } = useTranslation('tracking');
  const { status } = problem;
  const wait = status.waitsForRequester ? 'Wait' : '';
  const text = t(`consistency.${problem.kind}${problem.kind === 'noStep' ? '' : wait}`, {
    label: status.label.trim() || t('statuses.untitled'),
    days: problem.days,
    processDays: problem.kind === 'differs' ? problem.processDays : 0,
  });
  const fixTo = problem.kind === 'differs' ? problem.processDays : null;
  return (
    <>
      {text}{' '}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() =>
          execute(updateStatus({ statusId: status.id, patch: { timeLimitDays: fixTo } }))
        }
      >
        {fixTo === null
          ? t('consistency.removeLimit')
          : t('consistency.useProcess', { days: fixTo })}
      </button>
    </>
  );
}
