import { useTranslation } from '../../ui/i18n/useTranslation';
import { formatBytes } from '../../ui/formatBytes';
import { MAX_BPMN_BYTES } from '../../domain/process/safeXml';
import type { ImportProblem } from './useDiagramImport';

interface ImportProblemBannerProps {
  problem: ImportProblem;
  onImportAnyway: () => void;
  onDismiss: () => void;
}

/** Why a file was refused, with bpmn-js's own warnings, and that nothing changed. */
export function ImportProblemBanner({
  problem,
  onImportAnyway,
  onDismiss,
}: ImportProblemBannerProps) {
  const { t, i18n } = useTranslation('process');
  return (
    <div className="banner banner--error process__banner" role="alert">
      <h2 className="banner__title">{t('importProblem.title')}</h2>
      <p>
        {problem.fileName} —{' '}
        {t(`importProblem.reasons.${problem.reason}`, {
          max: formatBytes(MAX_BPMN_BYTES, i18n.language),
          error: problem.error ?? '',
        })}
      </p>
      <p>{t('importProblem.unchanged')}</p>
      {problem.warnings.length > 0 && (
        <>
          <p>{t('importProblem.warningsTitle')}</p>
          <ul className="process__warnings">
            {problem.warnings.slice(0, 20).map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        {problem.text !== undefined && (
          <button type="button" className="button button--secondary" onClick={onImportAnyway}>
            {t('importProblem.importAnyway')}
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {t('importProblem.dismiss')}
        </button>
      </div>
    </div>
  );
}
