import { useTranslation } from '../i18n/useTranslation';
import type { Status } from '../../domain/tracking/schema';
import './i18n';

/** A status as the requester sees it: its colour beside its label (the text keeps its contrast). */
export function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation('trackingPage');
  return (
    <span className="status-badge">
      <span className="status-swatch" style={{ background: status.color }} aria-hidden="true" />
      {status.label.trim() || t('untitledStatus')}
    </span>
  );
}
