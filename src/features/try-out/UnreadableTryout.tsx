import { useTranslation } from '../../ui/i18n/useTranslation';
import { rawExport } from '../../domain/stored/rawExport';
import { downloadFile } from '../../ui/download';

/** A stored try-out this release cannot read: said, with its raw content to export. */
export function UnreadableTryout({ raw, name }: { raw: unknown; name: string }) {
  const { t } = useTranslation('tryOut');
  return (
    <div className="banner banner--warning" role="alert">
      <p>{t('run.unreadable')}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          const { fileName, text } = rawExport(`${name} essai`, raw, new Date());
          downloadFile(fileName, text);
        }}
      >
        {t('run.exportRaw')}
      </button>
    </div>
  );
}
