import { useTranslation } from '../../ui/i18n/useTranslation';
import {
  accessibilityLevels,
  MAX_SATISFACTION,
  type AccessibilityLevel,
  type ServiceEntry,
} from '../../domain/service-catalogue/schema';
import { SelectField } from '../../ui/SelectField';
import './dashboardI18n';
import type { SectionProps } from './EntryFields';
import { NumberField } from './NumberField';

const UNKNOWN = '';

type Indicators = NonNullable<ServiceEntry['indicators']>;

/** What the observatory follows that only the team can tell: satisfaction, accessibility. */
export function IndicatorsSection({ entry, change, errors }: SectionProps) {
  const { t } = useTranslation('dashboard');
  const set = (update: Partial<Indicators>) =>
    change((current) => ({ ...current, indicators: { ...current.indicators, ...update } }));
  return (
    <section aria-labelledby="service-indicators">
      <h2 id="service-indicators">{t('entry.title')}</h2>
      <p className="field__help">{t('entry.help')}</p>
      <div className="service-catalogue__numbers">
        <NumberField
          label={t('entry.satisfaction')}
          value={entry.indicators?.satisfaction}
          max={MAX_SATISFACTION}
          error={errors['indicators.satisfaction']}
          onChange={(satisfaction) => set({ satisfaction })}
        />
      </div>
      <SelectField
        label={t('entry.accessibility')}
        value={entry.indicators?.accessibility ?? UNKNOWN}
        options={[
          { value: UNKNOWN, label: t('entry.unknown') },
          ...accessibilityLevels.map((value) => ({ value, label: t(`accessibility.${value}`) })),
        ]}
        onChange={(value) =>
          set({ accessibility: value === UNKNOWN ? undefined : (value as AccessibilityLevel) })
        }
      />
    </section>
  );
}
