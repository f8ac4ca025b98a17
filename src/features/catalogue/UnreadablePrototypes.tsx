import { useTranslation } from '../../ui/i18n/useTranslation';
import { rawExport } from '../../domain/stored/rawExport';
import type { UnreadablePrototype } from '../../storage/prototypeRepository';
import { downloadFile } from '../../ui/download';

/**
 * Stored prototypes this release cannot read: kept as they are, never overwritten, each
 * with its raw content to export so that nothing is lost.
 */
export function UnreadablePrototypes({ rows }: { rows: UnreadablePrototype[] }) {
  const { t } = useTranslation('catalogue');
  if (rows.length === 0) return null;
  return (
    <section className="banner banner--warning catalogue__unreadable" role="alert">
      <h2>{t('unreadable.title', { count: rows.length })}</h2>
      <p>{t('unreadable.body')}</p>
      <ul>
        {rows.map((row) => {
          const label = row.name ?? t('unreadable.unnamed', { id: row.id });
          return (
            <li key={row.id}>
              <span>{label}</span>{' '}
              <button
                type="button"
                className="button button--secondary"
                aria-label={t('unreadable.exportFor', { name: label })}
                onClick={() => {
                  const { fileName, text } = rawExport(row.name ?? row.id, row.raw, new Date());
                  downloadFile(fileName, text);
                }}
              >
                {t('unreadable.export')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
