import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  filterExceptions,
  sortExceptions,
  type ExceptionSort,
  type ExceptionsFilter,
} from '../../domain/exceptions/listing';
import { useEditorStore } from '../../state/editorStore';
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
  const currentName = useTargetNames();
  const shown = sortExceptions(filterExceptions(exceptions, filter), sort, i18n.language);

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
            <ExceptionCard exception={exception} />
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
