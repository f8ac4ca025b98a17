import { useTranslation } from '../../ui/i18n/useTranslation';
import './i18n';
import './catalogue.css';
import { CreatePrototypeForm } from './CreatePrototypeForm';
import { EmptyCatalogue } from './EmptyCatalogue';
import { ImportPanel } from './ImportPanel';
import { PrototypeList } from './PrototypeList';
import { UnreadablePrototypes } from './UnreadablePrototypes';
import { useCatalogue } from './useCatalogue';
import { perfMarks, useReadyMark } from '../../ui/perfMarks';
import { useFileDrop } from './useFileDrop';
import { useImport } from './useImport';
import { useListFocus } from './useListFocus';

/** The landing screen: every prototype stored in this browser, and how to start one. */
export function CatalogueScreen() {
  const { t } = useTranslation('catalogue');
  const catalogue = useCatalogue();
  const {
    state: importState,
    importFile,
    importDoubtful,
    resolveConflict,
    dismiss,
    cancelReading,
  } = useImport();
  const requestFocus = useListFocus(catalogue.kind === 'ready' ? catalogue.items : undefined);
  const drop = useFileDrop((file) => void importFile(file));
  useReadyMark(perfMarks.catalogueReady, catalogue.kind === 'ready');

  return (
    <div
      className={drop.active ? 'page catalogue catalogue--drop' : 'page catalogue'}
      {...drop.handlers}
    >
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="catalogue__start">
        <CreatePrototypeForm />
        <ImportPanel
          state={importState}
          onFile={(file) => void importFile(file)}
          onResolve={resolveConflict}
          onImportDoubtful={importDoubtful}
          onDismiss={dismiss}
          onCancel={cancelReading}
        />
      </div>
      {catalogue.kind === 'error' && (
        <div className="banner banner--error" role="alert">
          <p>
            {t('storageUnavailable')} {t(`common:storage.${catalogue.errorKind}`)}
          </p>
        </div>
      )}
      {catalogue.kind === 'ready' && catalogue.inMemory && (
        <div className="banner banner--warning" role="alert">
          <p>{t('inMemory')}</p>
        </div>
      )}
      {catalogue.kind === 'ready' && <UnreadablePrototypes rows={catalogue.unreadable} />}
      {catalogue.kind === 'ready' &&
        (catalogue.items.length === 0 ? (
          <EmptyCatalogue />
        ) : (
          <PrototypeList items={catalogue.items} onFocusRequest={requestFocus} />
        ))}
      {drop.active && (
        <div className="catalogue__drop-hint" aria-hidden="true">
          {t('import.drop')}
        </div>
      )}
    </div>
  );
}
