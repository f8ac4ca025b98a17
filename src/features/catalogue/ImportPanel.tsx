import { lazy, Suspense } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { Dialog } from '../../ui/Dialog';
import { FilePickButton } from '../../ui/FilePickButton';
import type { ImportState } from './useImport';
import type { ImportMode } from '../../state/importing';

/** What is said of a file whose sign-offs are in doubt: loaded only for such a file. */
const ImportDoubts = lazy(() => import('./ImportDoubts'));

interface ImportPanelProps {
  state: ImportState;
  onFile: (file: File) => void;
  onResolve: (mode: ImportMode | 'cancel') => void;
  /** Imports a file the person was warned about (`doubtful`). */
  onImportDoubtful: () => void;
  onDismiss: () => void;
  /** Stops reading the file (the page stays usable meanwhile). */
  onCancel: () => void;
}

/** The import button, what came of the last import, and the question when the prototype exists. */
export function ImportPanel({
  state,
  onFile,
  onResolve,
  onImportDoubtful,
  onDismiss,
  onCancel,
}: ImportPanelProps) {
  const { t } = useTranslation('catalogue');
  // As isReviewFile (domain/review/importing), without loading the bundle code up front.
  const conflictIsReview =
    state.kind === 'conflict' &&
    (state.bundle.signoffs.length > 0 || state.bundle.submission !== undefined);
  return (
    <div className="import-panel">
      <FilePickButton
        text={t('import.button')}
        label={t('import.label')}
        accept=".json,application/json"
        className="button button--secondary import-panel__button"
        onFile={onFile}
      />
      {state.kind === 'reading' && (
        <div className="button-row">
          <p role="status">{t('import.reading')}</p>
          <button type="button" className="button button--ghost button--small" onClick={onCancel}>
            {t('import.cancelReading')}
          </button>
        </div>
      )}
      {state.kind === 'failed' && (
        <div className="banner banner--error" role="alert">
          <h2 className="banner__title">{t('import.failedTitle', { file: state.fileName })}</h2>
          <p>{state.message}</p>
          {state.details.length > 0 && (
            <ul>
              {state.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
          <p>{t('common:bundle.nothingChanged')}</p>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={onDismiss}
          >
            {t('common:actions.close')}
          </button>
        </div>
      )}
      {(state.kind === 'tampered' || state.kind === 'doubtful') && (
        <Suspense fallback={null}>
          <ImportDoubts state={state} onImportDoubtful={onImportDoubtful} onDismiss={onDismiss} />
        </Suspense>
      )}
      {state.kind === 'repaired' && (
        <div className="banner banner--warning" role="status">
          <p>{t('common:bundle.repaired')}</p>
          <ul>
            {state.repairs.map((repair) => (
              <li key={repair}>{repair}</li>
            ))}
          </ul>
          <button
            type="button"
            className="button button--secondary button--small"
            onClick={onDismiss}
          >
            {t('common:actions.close')}
          </button>
        </div>
      )}
      <Dialog
        open={state.kind === 'conflict'}
        title={t('import.conflictTitle')}
        onClose={() => onResolve('cancel')}
        actions={
          <>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onResolve('cancel')}
            >
              {t('common:actions.cancel')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => onResolve('keep-both')}
            >
              {t('import.keepBoth')}
            </button>
            <button
              type="button"
              className={conflictIsReview ? 'button button--secondary' : 'button'}
              onClick={() => onResolve('replace')}
            >
              {t('import.replace')}
            </button>
            {conflictIsReview && (
              <button type="button" className="button" onClick={() => onResolve('record-review')}>
                {t('signoffs:import.recordReview')}
              </button>
            )}
          </>
        }
      >
        <p>
          {t('import.conflictBody', {
            name: state.kind === 'conflict' ? state.bundle.prototype.name : '',
          })}
        </p>
        {conflictIsReview && <p>{t('signoffs:import.recordReviewHelp')}</p>}
      </Dialog>
    </div>
  );
}
