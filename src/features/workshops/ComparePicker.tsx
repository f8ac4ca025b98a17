import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { VersionSummary } from '../../domain/versions/schema';
import { SelectField } from '../../ui/SelectField';

interface ComparePickerProps {
  versions: readonly VersionSummary[];
  /** `to` is a version id or "current". */
  onCompare: (from: string, to: string) => void;
  initialFrom?: string;
  initialTo?: string;
}

/** Two lists to choose what to compare: any two versions, or a version and the current prototype. */
export function ComparePicker({ versions, onCompare, initialFrom, initialTo }: ComparePickerProps) {
  const { t } = useTranslation('workshops');
  const options = versions.map((version) => ({
    value: version.id,
    label: t('versions.label', { number: version.number, name: version.name }),
  }));
  const current = { value: 'current', label: t('versions.current') };
  const [from, setFrom] = useState(initialFrom ?? versions.at(-1)?.id ?? '');
  const [to, setTo] = useState(initialTo ?? 'current');
  return (
    <form
      className="compare-picker"
      onSubmit={(event) => {
        event.preventDefault();
        onCompare(from, to);
      }}
    >
      <fieldset>
        <legend>{t('versions.compareTitle')}</legend>
        <div className="compare-picker__fields">
          <SelectField
            label={t('versions.compareFrom')}
            value={from}
            options={options}
            onChange={setFrom}
          />
          <SelectField
            label={t('versions.compareTo')}
            value={to}
            options={[current, ...options]}
            onChange={setTo}
          />
          <button type="submit" className="button" disabled={from === to || from === ''}>
            {t('versions.compare')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
