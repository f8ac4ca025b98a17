import { useId } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { checkMessageKey } from '../../domain/process/readiness';
import type { ChecksState } from './useProcessChecks';

interface ChecksListProps {
  checks: ChecksState;
  /** Selects the element a check is about; false when it is not on the diagram. */
  onSelect: (elementId: string) => void;
}

/** bpmnlint's and Fabrik's findings, always in view; each one selects its element. */
export function ChecksList({ checks, onSelect }: ChecksListProps) {
  const { t } = useTranslation('process');
  const headingId = useId();
  const count = checks.state === 'done' ? checks.checks.length : 0;
  return (
    <section className="process-checks" aria-labelledby={headingId}>
      <h2 id={headingId} className="process-checks__title">
        {t('checks.title')}
      </h2>
      <p className="process-checks__summary" role="status">
        {checks.state === 'running' && t('checks.running')}
        {checks.state === 'unreadable' && t('checks.unreadable')}
        {checks.state === 'done' && (count === 0 ? t('checks.none') : t('checks.count', { count }))}
      </p>
      {checks.state === 'done' && count > 0 && (
        <ul className="process-checks__list">
          {checks.checks.map((check, index) => {
            const message = t(checkMessageKey(check.rule), {
              name: check.elementName ?? t('checks.unnamed'),
              rule: check.failedRule,
            });
            const badge = (
              <span className={`process-checks__badge process-checks__badge--${check.severity}`}>
                {t(`checks.${check.severity}`)}
              </span>
            );
            const elementId = check.elementId;
            return (
              <li key={`${check.rule}-${elementId ?? ''}-${index}`}>
                {elementId ? (
                  <button
                    type="button"
                    className="process-checks__item"
                    onClick={() => onSelect(elementId)}
                  >
                    {badge} <span>{message}</span>
                  </button>
                ) : (
                  <p className="process-checks__item">
                    {badge} <span>{message}</span>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
