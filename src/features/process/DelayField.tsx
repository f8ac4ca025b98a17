import { useId, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { FieldFrame, fieldDescription } from '../../ui/FieldFrame';

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
  const help = t('panel.delayHelp');
  const error = invalid ? t('panel.delayInvalid', { max: MAX_DELAY_DAYS }) : undefined;
  const commit = () => {
    if (draft === undefined || invalid) return;
    if (parsed !== value) onChange(parsed);
    setDraft(undefined);
  };
  return (
    <FieldFrame id={id} label={t('panel.delay')} help={help} error={error}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={draft ?? (value === undefined ? '' : String(value))}
        aria-describedby={fieldDescription(id, { help, error })}
        aria-invalid={invalid || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </FieldFrame>
  );
}
