import type { ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { Field } from '../../domain/form/schema';
import './i18n';

interface FieldFrameProps {
  field: Field;
  /** The box the label names; a group of boxes (`as="fieldset"`) is named by its legend. */
  inputId: string;
  required: boolean;
  error?: string;
  as?: 'div' | 'fieldset';
  /** Receives the ids that describe the box: its help, its prefill source and its error. */
  children: (describedBy: string | undefined) => ReactNode;
}

/** A question as the requester sees it: its label, help, prefill source and error, then its boxes. */
export function FieldFrame({
  field,
  inputId,
  required,
  error,
  as = 'div',
  children,
}: FieldFrameProps) {
  const { t } = useTranslation('requesterForm');
  const helpId = `${inputId}-help`;
  const errorId = `${inputId}-error`;
  const sourceId = `${inputId}-source`;
  const describedBy =
    [field.help && helpId, field.prefill && sourceId, error && errorId].filter(Boolean).join(' ') ||
    undefined;
  const label = (
    <>
      {field.label}
      {!required && <span className="rf-optional"> {t('optional')}</span>}
    </>
  );
  const details = (
    <>
      {field.help && (
        <p id={helpId} className="rf-help">
          {field.help}
        </p>
      )}
      {field.prefill && (
        <p id={sourceId} className="rf-source">
          {t('prefilled', { source: t(`sources.${field.prefill.source}`) })}
        </p>
      )}
      {error && (
        <p id={errorId} className="rf-error">
          {error}
        </p>
      )}
    </>
  );
  const className = error ? 'rf-question rf-question--error' : 'rf-question';
  if (as === 'fieldset') {
    return (
      <fieldset className={className} aria-describedby={describedBy}>
        <legend className="rf-label">{label}</legend>
        {details}
        {children(undefined)}
      </fieldset>
    );
  }
  return (
    <div className={className}>
      <label className="rf-label" htmlFor={inputId}>
        {label}
      </label>
      {details}
      {children(describedBy)}
    </div>
  );
}
