import { useCallback, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import {
  filterExceptions,
  sortExceptions,
  type ExceptionSort,
  type ExceptionsFilter,
} from '../../domain/exceptions/listing';
import { useEditorStore } from '../../state/editorStore';
import { useRevealRequest, type RevealTarget } from '../../state/selection';
import { CaptureDialog } from './CaptureDialog';
import { ExceptionCard } from './ExceptionCard';
import { ExceptionsToolbar } from './ExceptionsToolbar';
import { downloadExceptionsCsv } from './exportCsv';
import { useTargetNames } from './useTargetNames';
import { WeightBanner } from './WeightBanner';
import './exceptions.css';
import './i18n';

/** Step 5: the exceptions set aside, to complete, decide on, filter, sort and export. */
export default function ExceptionsScreen() {
  const { t, i18n } = useTranslation('exceptions');
  const exceptions = useEditorStore((state) => state.prototype?.exceptions) ?? [];
  const [filter, setFilter] = useState<ExceptionsFilter>({});
  const [sort, setSort] = useState<ExceptionSort>('newest');
  const [adding, setAdding] = useState(false);
  const [revealed, setRevealed] = useState<{ id: string }>();
  const currentName = useTargetNames();
  const shown = sortExceptions(filterExceptions(exceptions, filter), sort, i18n.language);

  // A link to one exception (from the checklist) opens it, shown even if filtered out.
  const reveal = useCallback((target: RevealTarget) => {
    const all = useEditorStore.getState().prototype?.exceptions ?? [];
    if (!all.some((exception) => exception.id === target.id)) return;
    setFilter((current) =>
      filterExceptions(all, current).some((exception) => exception.id === target.id) ? current : {},
    );
    setRevealed({ id: target.id });
  }, []);
  useRevealRequest('exceptions', ['exception'], reveal);

  const exportCsv = () => {
    const prototype = useEditorStore.getState().prototype;
    if (prototype) downloadExceptionsCsv(shown, prototype, t, i18n.language, currentName);
  };

  return (
    <section className="page exceptions">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <WeightBanner />
      <div className="button-row exceptions__actions">
        <button type="button" className="button" onClick={() => setAdding(true)}>
          {t('capture.add')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={exportCsv}
          disabled={shown.length === 0}
          title={t('csv.exportTitle')}
        >
          {t('csv.export')}
        </button>
      </div>
      <ExceptionsToolbar filter={filter} onFilter={setFilter} sort={sort} onSort={setSort} />
      <p role="status">{t('list.count', { count: shown.length, total: exceptions.length })}</p>
      {exceptions.length === 0 && <p>{t('list.empty')}</p>}
      {exceptions.length > 0 && shown.length === 0 && <p>{t('list.noMatch')}</p>}
      <ul className="exceptions__list">
        {shown.map((exception) => (
          <li key={exception.id}>
            <ExceptionCard
              exception={exception}
              revealed={revealed?.id === exception.id ? revealed : undefined}
            />
          </li>
        ))}
      </ul>
      <CaptureDialog
        open={adding}
        context={{ step: 'exceptions' }}
        onClose={() => setAdding(false)}
      />
    </section>
  );
}
