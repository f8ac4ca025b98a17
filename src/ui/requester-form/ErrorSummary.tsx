import { forwardRef, useId } from 'react';
import { useTranslation } from '../i18n/useTranslation';

export interface SummaryEntry {
  /** The DOM id of the box to go to. */
  target: string;
  text: string;
}

/**
 * The list of errors at the top of a page, each a link to its box. It takes focus when it
 * appears, so that a screen reader reads it first.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { entries: SummaryEntry[] }>(
  function ErrorSummary({ entries }, ref) {
    const { t } = useTranslation('requesterForm');
    const titleId = useId();
    return (
      <div
        ref={ref}
        className="rf-error-summary"
        role="alert"
        tabIndex={-1}
        aria-labelledby={titleId}
      >
        <h3 id={titleId} className="rf-error-summary__title">
          {t('errorSummaryTitle', { count: entries.length })}
        </h3>
        <ul>
          {entries.map((entry) => (
            <li key={entry.target}>
              <a
                href={`#${encodeURIComponent(entry.target)}`}
                onClick={(event) => {
                  event.preventDefault();
                  // Focusing scrolls the box into view.
                  document.getElementById(entry.target)?.focus();
                }}
              >
                {entry.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    );
  },
);
