import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Upper bound of a step's time limit: ten years of working days is already absurd. */
const MAX_DELAY_DAYS = 2500;

function parseDays(text: string): number | undefined | 'invalid' {
  if (text.trim() === '') return undefined;
  const days = Number(text.replace(',', '.'));
  return Number.isFinite(days) && days >= 0 && days <= MAX_DELAY_DAYS ? days : 'invalid';
}

/** The step's time limit in working days; empty means none. Applied when the box is left. */
export function DelayField({
  value,
  onChange,
}: {
  value: number | undefined;
  onChange: (days: number | undefined) => void;
}) {
  const { t } = useTranslation('process');
  const id = useId();
  const [draft, setDraft] = useState<string>();
  const parsed = draft === undefined ? value : parseDays(draft);
  const invalid = parsed === 'invalid';
  const commit = () => {
    if (draft === undefined || invalid) return;
    if (parsed !== value) onChange(parsed);
    setDraft(undefined);
  };
  return (
    <div className={invalid ? 'field field--error' : 'field'}>
      <label htmlFor={id} className="field__label">
        {t('panel.delay')}
      </label>
      <p id={`${id}-help`} className="field__help">
        {t('panel.delayHelp')}
      </p>
      {invalid && (
        <p id={`${id}-error`} className="field__error">
          {t('panel.delayInvalid', { max: MAX_DELAY_DAYS })}
        </p>
      )}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={draft ?? (value === undefined ? '' : String(value))}
        aria-describedby={invalid ? `${id}-help ${id}-error` : `${id}-help`}
        aria-invalid={invalid || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </div>
  );
}
