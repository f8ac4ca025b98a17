import { useId } from 'react';
import { FieldFrame, fieldDescription } from './FieldFrame';

/**
 * A date box, the browser's own date picker, stored as YYYY-MM-DD or empty. The browser
 * gives "" for an incomplete date, so nothing half-typed is stored; a date the schemas
 * would refuse (a five-digit year, which the picker accepts) is not stored either.
 */
export function DateField({
  label,
  value,
  onChange,
  help,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  help?: string;
  /** What does not hold with the day shown (it stays stored: a warning, not a refusal). */
  error?: string;
}) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} help={help} error={error}>
      <input
        id={id}
        type="date"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescription(id, { help, error })}
        onChange={(event) => {
          const day = event.target.value;
          if (day === '' || /^\d{4}-\d{2}-\d{2}$/.test(day)) onChange(day);
        }}
      />
    </FieldFrame>
  );
}
