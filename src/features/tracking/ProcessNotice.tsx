import { useTranslation } from '../../ui/i18n/useTranslation';
import { useReadProcess } from './useReadProcess';

/** Says why the process cannot be used yet: not drawn, or unreadable. */
export function ProcessNotice() {
  const { t } = useTranslation('tracking');
  const process = useReadProcess();
  if (process.state === 'empty') return <p className="banner">{t('process.empty')}</p>;
  if (process.state === 'error') {
    return (
      <p className="banner banner--error">
        {t('process.unreadable', { error: process.error ?? '' })}
      </p>
    );
  }
  return null;
}
