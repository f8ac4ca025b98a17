import { useTranslation } from '../../ui/i18n/useTranslation';
import { useEditorStore } from '../../state/editorStore';
import { reloadFromStorage, retrySave } from '../../state/session';
import { exportOpenPrototype } from '../exportOpenPrototype';

/** Says plainly when changes are not being saved, and what to do about it. */
export function SaveProblemBanner() {
  const { t } = useTranslation();
  const save = useEditorStore((state) => state.save);
  if (save.state !== 'error' && save.state !== 'conflict' && save.state !== 'missing') return null;

  const exportButton = (
    <button type="button" className="button" onClick={() => void exportOpenPrototype()}>
      {t('autosave.exportMine')}
    </button>
  );

  return (
    <div className="banner banner--error prototype__banner" role="alert">
      {save.state === 'error' && (
        <>
          <h2 className="banner__title">{t('autosave.errorTitle')}</h2>
          <p>{t(`storage.${save.errorKind ?? 'unknown'}`)}</p>
          <div className="button-row">
            {exportButton}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void retrySave()}
            >
              {t('actions.retry')}
            </button>
          </div>
        </>
      )}
      {save.state === 'conflict' && (
        <>
          <h2 className="banner__title">{t('autosave.conflictTitle')}</h2>
          <p>{t('autosave.conflictBody')}</p>
          <div className="button-row">
            {exportButton}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void reloadFromStorage()}
            >
              {t('autosave.reload')}
            </button>
          </div>
        </>
      )}
      {save.state === 'missing' && (
        <>
          <h2 className="banner__title">{t('autosave.missingTitle')}</h2>
          <p>{t('autosave.missingBody')}</p>
          <div className="button-row">{exportButton}</div>
        </>
      )}
    </div>
  );
}
