import { useId, type ChangeEvent } from 'react';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Short guidance under the label. */
  help?: string;
  error?: string;
  multiline?: boolean;
  rows?: number;
  required?: boolean;
  placeholder?: string;
  maxLength?: number;
  autoFocus?: boolean;
  name?: string;
}

/** A labelled text box whose help and error are announced with it. */
export function TextField({
  label,
  value,
  onChange,
  help,
  error,
  multiline,
  rows = 3,
  ...rest
}: TextFieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const describedBy = [help && helpId, error && errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(event.target.value),
    ...rest,
  };
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {help && (
        <p id={helpId} className="field__help">
          {help}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
      {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
    </div>
  );
}
