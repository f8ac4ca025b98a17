import { useTranslation } from '../../ui/i18n/useTranslation';
import type { IndicatorTargets } from '../../domain/service-catalogue/dashboard';
import {
  digitisationLevels,
  MAX_SATISFACTION,
  type DigitisationLevel,
} from '../../domain/service-catalogue/schema';
import { saveIndicatorTargets } from '../../storage/serviceCatalogueRepository';
import { SelectField } from '../../ui/SelectField';
import './dashboardI18n';
import { NumberField } from './NumberField';
import { useAutosave } from './useAutosave';

/**
 * The targets the organisation holds each service's indicators to, saved as they are set;
 * `onChange` gets them at once so that the dashboard follows while they are typed.
 */
export function TargetsForm({
  targets: stored,
  onChange,
}: {
  targets: IndicatorTargets;
  onChange: (targets: IndicatorTargets) => void;
}) {
  const { t } = useTranslation('dashboard');
  const { value: targets, change, state } = useAutosave(stored, saveIndicatorTargets);
  const set = (update: Partial<IndicatorTargets>) => {
    onChange({ ...targets, ...update });
    change((current) => ({ ...current, ...update }));
  };
  return (
    <details className="service-catalogue__targets">
      <summary>{t('targetsForm.title')}</summary>
      <p className="field__help">{t('targetsForm.help')}</p>
      <p role="status" className="service-catalogue__save">
        {state === 'failed'
          ? t('targetsForm.saveFailed')
          : state === 'saved'
            ? t('targetsForm.saved')
            : t('targetsForm.saving')}
      </p>
      <div className="service-catalogue__numbers">
        <SelectField
          label={t('targetsForm.onlineEndToEnd')}
          value={String(targets.onlineEndToEnd)}
          options={digitisationLevels.map((level) => ({
            value: String(level),
            label: t('targetsForm.level', { level }),
          }))}
          onChange={(value) => set({ onlineEndToEnd: Number(value) as DigitisationLevel })}
        />
        <NumberField
          label={t('targetsForm.satisfaction')}
          value={targets.satisfaction}
          max={MAX_SATISFACTION}
          onChange={(satisfaction) => satisfaction !== undefined && set({ satisfaction })}
        />
        <SelectField
          label={t('targetsForm.accessibility')}
          value={targets.accessibility}
          options={(['partial', 'full'] as const).map((value) => ({
            value,
            label: t(`accessibility.${value}`),
          }))}
          onChange={(accessibility) => set({ accessibility })}
        />
        <NumberField
          label={t('targetsForm.dataNotAskedAgain')}
          value={targets.dataNotAskedAgain}
          max={100}
          onChange={(dataNotAskedAgain) =>
            dataNotAskedAgain !== undefined && set({ dataNotAskedAgain })
          }
        />
        <NumberField
          label={t('targetsForm.shareOnline')}
          value={targets.shareOnline}
          max={100}
          onChange={(shareOnline) => shareOnline !== undefined && set({ shareOnline })}
        />
      </div>
    </details>
  );
}
