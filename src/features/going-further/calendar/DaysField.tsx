import { useId, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { daysProblem, type DaysBounds } from '../../../domain/going-further/calendar/validation';

interface DaysFieldProps {
  label: string;
  /** The stored number of days. */
  value: number;
  bounds: DaysBounds;
  /** Called with each number of days that can be stored. */
  onChange: (days: number) => void;
  /** Shows the label to screen readers only, in a table cell headed by it. */
  compact?: boolean;
}

/**
 * A number of working days. What cannot be stored (0, 10 000, 3,5, nothing) stays typed in
 * the box with a message saying what is allowed and what the calendar keeps meanwhile:
 * nothing stored is lost, and nothing wrong is stored.
 */
export function DaysField({ label, value, bounds, onChange, compact }: DaysFieldProps) {
  const { t } = useTranslation('goingFurther-calendar');
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const problem = draft === undefined ? undefined : daysProblem(draft, bounds);
  return (
    <div className={compact ? 'days-field days-field--compact' : 'field days-field'}>
      <label htmlFor={id} className={compact ? 'visually-hidden' : 'field__label'}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        size={5}
        value={draft ?? String(value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error` : undefined}
        onChange={(event) => {
          const typed = event.target.value;
          if (daysProblem(typed, bounds)) {
            setDraft(typed);
            return;
          }
          setDraft(undefined);
          onChange(Number(typed.trim()));
        }}
      />
      {problem && (
        <p id={`${id}-error`} className="field__error days-field__error">
          {t(`days.${problem}`, { ...bounds })} {t('days.kept', { value })}
        </p>
      )}
    </div>
  );
}
