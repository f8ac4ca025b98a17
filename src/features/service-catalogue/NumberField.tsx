import { useId, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { FieldFrame, fieldDescription } from '../../ui/FieldFrame';

interface NumberFieldProps {
  label: string;
  value: number | undefined;
  /** Called with each valid number typed, or undefined when the box is emptied. */
  onChange: (value: number | undefined) => void;
  max: number;
  /** Only whole numbers. */
  integer?: boolean;
  help?: string;
  /** A problem found beyond this box (e.g. a total). */
  error?: string;
  className?: string;
}

/** Problem key of what is typed, or undefined when it is a valid number (or nothing). */
function problemOf(text: string, max: number, integer: boolean): string | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (compact === '') return undefined;
  if (!/^-?\d+(\.\d+)?$/.test(compact)) return 'notANumber';
  const value = Number(compact);
  if (value < 0) return 'negative';
  if (integer && !Number.isInteger(value)) return 'notWhole';
  if (value > max) return max === 100 ? 'over100' : 'tooLarge';
  return undefined;
}

/**
 * A number box that says in words what is wrong with what is typed (a letter, a negative
 * number), keeps it on screen, and stores only valid numbers.
 */
export function NumberField({
  label,
  value,
  onChange,
  max,
  integer = false,
  help,
  error,
  className,
}: NumberFieldProps) {
  const { t } = useTranslation('serviceCatalogue');
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const problem = draft === undefined ? undefined : problemOf(draft, max, integer);
  const shown = problem ? t(`problems.${problem}`) : error;
  return (
    <FieldFrame id={id} label={label} help={help} error={shown} className={className}>
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        value={draft ?? (value === undefined ? '' : String(value))}
        aria-describedby={fieldDescription(id, { help, error: shown })}
        aria-invalid={shown ? true : undefined}
        onChange={(event) => {
          const text = event.target.value;
          setDraft(text);
          if (problemOf(text, max, integer) !== undefined) return;
          const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
          onChange(compact === '' ? undefined : Number(compact));
        }}
        onBlur={() => {
          if (draft !== undefined && problemOf(draft, max, integer) === undefined)
            setDraft(undefined);
        }}
      />
    </FieldFrame>
  );
}
