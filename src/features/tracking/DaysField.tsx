import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { MAX_DAYS } from '../../domain/tracking/schema';
import { FieldFrame, fieldDescription } from '../../ui/FieldFrame';

interface DaysFieldProps {
  label: string;
  help?: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
  /** Whether the box may be left empty (meaning "none"). */
  optional?: boolean;
  /** What to say when the text is not an accepted number. */
  invalidMessage?: string;
  /** What the value contradicts elsewhere (and how to fix it), said at the box itself. */
  problem?: ReactNode;
}

/**
 * A whole number (of days, by default), empty meaning "none" when optional. What is not
 * an accepted number stays on screen with an error instead of being stored.
 */
export function DaysField({
  label,
  help,
  value,
  onChange,
  min = 1,
  max = MAX_DAYS,
  optional = true,
  invalidMessage,
  problem,
}: DaysFieldProps) {
  const { t } = useTranslation('tracking');
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const invalid = draft !== undefined;
  const error = invalid ? (invalidMessage ?? t('daysInvalid', { min, max })) : problem;
  return (
    <FieldFrame id={id} label={label} help={help} error={error}>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        className="days-field__input"
        value={draft ?? (value === null ? '' : String(value))}
        aria-invalid={invalid || undefined}
        aria-describedby={fieldDescription(id, { help, error })}
        onChange={(event) => {
          const text = event.target.value.trim();
          const number = Number(text);
          if (text === '' && optional) {
            setDraft(undefined);
            onChange(null);
          } else if (Number.isInteger(number) && number >= min && number <= max) {
            setDraft(undefined);
            onChange(number);
          } else {
            setDraft(event.target.value);
          }
        }}
      />
    </FieldFrame>
  );
}
