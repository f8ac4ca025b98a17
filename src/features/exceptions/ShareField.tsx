import { useId } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { NumberInput } from '../../ui/NumberInput';

interface ShareFieldProps {
  value: number | undefined;
  onChange: (percent: number) => void;
}

/** The share of requests an exception concerns, 0 to 100 %. */
export function ShareField({ value, onChange }: ShareFieldProps) {
  const { t } = useTranslation('exceptions');
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('frequency.shareLabel')}
      </label>
      <NumberInput id={id} value={value} min={0} max={100} step={1} onChange={onChange} />
    </div>
  );
}
