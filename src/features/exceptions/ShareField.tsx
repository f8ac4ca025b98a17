import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ShareFieldProps {
  value: number | undefined;
  onChange: (percent: number) => void;
}

/**
 * The share of requests, 0 to 100. What is typed is kept while it is not a number (an
 * emptied box), so that replacing "10" by "35" does not turn into "1035".
 */
export function ShareField({ value, onChange }: ShareFieldProps) {
  const { t } = useTranslation('exceptions');
  const id = useId();
  const [draft, setDraft] = useState<string>();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('frequency.shareLabel')}
      </label>
      <input
        id={id}
        type="number"
        min={0}
        max={100}
        step={1}
        value={draft ?? value ?? ''}
        onBlur={() => setDraft(undefined)}
        onChange={(event) => {
          const number = event.target.valueAsNumber;
          const valid = Number.isFinite(number) && number >= 0 && number <= 100;
          setDraft(valid ? undefined : event.target.value);
          if (valid) onChange(number);
        }}
      />
    </div>
  );
}
