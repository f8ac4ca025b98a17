import { useTranslation } from '../../ui/i18n/useTranslation';
import { useLocation } from 'wouter';
import { openReceivedFile } from '../../state/receivedFile';
import { DoubtsAlert } from '../../ui/signoffs/DoubtsAlert';
import { TamperAlert } from '../../ui/signoffs/TamperAlert';
import type { ImportState } from './useImport';

interface ImportDoubtsProps {
  state: Extract<ImportState, { kind: 'tampered' | 'doubtful' }>;
  onImportDoubtful: () => void;
  onDismiss: () => void;
}

/**
 * A file whose sign-offs do not match what was signed (opened read-only, never stored), or
 * whose signers this browser has doubts about (imported only if the person says so).
 */
export default function ImportDoubts({ state, onImportDoubtful, onDismiss }: ImportDoubtsProps) {
  const { t } = useTranslation('catalogue');
  const [, navigate] = useLocation();
  return (
    <>
      {state.kind === 'tampered' && (
        <div className="import-panel__tampered">
          <TamperAlert check={state.check} />
          <p>{t('signoffs:import.tamperedFile', { file: state.fileName })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                openReceivedFile(state);
                navigate('/received');
              }}
            >
              {t('signoffs:import.openReadOnly')}
            </button>
            <button type="button" className="button button--ghost" onClick={onDismiss}>
              {t('common:actions.close')}
            </button>
          </div>
        </div>
      )}
      {state.kind === 'doubtful' && (
        <div className="import-panel__tampered">
          <DoubtsAlert doubts={state.doubts} signoffs={state.bundle.signoffs} />
          <p>{t('trust:import.doubtful', { file: state.fileName })}</p>
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={onImportDoubtful}>
              {t('trust:import.importAnyway')}
            </button>
            <button type="button" className="button" onClick={onDismiss}>
              {t('trust:import.doNotImport')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
