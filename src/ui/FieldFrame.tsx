import type { ReactNode } from 'react';

interface FieldFrameProps {
  /** The id of the control inside, which the label points to. */
  id: string;
  label: string;
  /** Short guidance under the label. */
  help?: ReactNode;
  error?: ReactNode;
  /** Shows the field as wrong when its message is elsewhere (e.g. a list of problems). */
  invalid?: boolean;
  className?: string;
  children: ReactNode;
}

/** The label, help and error around one control, in the order a screen reader reads them. */
export function FieldFrame({
  id,
  label,
  help,
  error,
  invalid = Boolean(error),
  className,
  children,
}: FieldFrameProps) {
  return (
    <div className={['field', invalid && 'field--error', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {help && (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

/** The aria-describedby of a control in a FieldFrame: its help and error, then any other ids. */
export function fieldDescription(
  id: string,
  shown: { help?: unknown; error?: unknown },
  ...others: (string | undefined)[]
): string | undefined {
  const ids = [shown.help ? `${id}-help` : undefined, shown.error ? `${id}-error` : undefined];
  return [...ids, ...others].filter(Boolean).join(' ') || undefined;
}
