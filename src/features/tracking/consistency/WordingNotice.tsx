import { useTranslation } from '../../../ui/i18n/useTranslation';
import {
  keepStatusMessages,
  rewordStatusMessages,
} from '../../../domain/tracking/commands/wording';
import type { StaleWording } from '../../../domain/tracking/wording';
import { execute } from '../../../state/commands';

/** A renamed status whose messages still say its former label, with the two ways out. */
export function WordingNotice({ stale }: { stale: StaleWording }) {
  const { t } = useTranslation('tracking');
  const statusId = stale.status.id;
  const label = stale.status.label.trim() || t('statuses.untitled');
  return (
    <>
      {t('consistency.wording', {
        label,
        former: stale.formerLabel,
        count: stale.messages.length,
      })}{' '}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => execute(rewordStatusMessages({ statusId }))}
      >
        {t('consistency.reword', { former: stale.formerLabel, label })}
      </button>{' '}
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => execute(keepStatusMessages({ statusId }))}
      >
        {t('consistency.keepWording')}
      </button>
    </>
  );
}
