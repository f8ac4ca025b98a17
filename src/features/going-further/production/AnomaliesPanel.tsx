import { useTranslation } from '../../../ui/i18n/useTranslation';
import { updateAnomaly } from '../../../domain/going-further/production/commands';
import { anomalySeverities, anomalyStatuses } from '../../../domain/going-further/production/lists';
import type { Anomaly } from '../../../domain/going-further/production/schema';
import type { TestCase } from '../../../domain/going-further/production/testPlan';
import { execute } from '../../../state/commands';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useTranslate } from './useTranslate';

/** The anomalies raised by failed cases, each followed until it is closed. */
export function AnomaliesPanel({ cases, anomalies }: { cases: TestCase[]; anomalies: Anomaly[] }) {
  const { t } = useTranslation('goingFurther-production');
  const { translate } = useTranslate();
  const titles = new Map(cases.map((testCase) => [testCase.id, testCase.title]));
  return (
    <section aria-labelledby="production-anomalies">
      <h4 id="production-anomalies">{t('anomalies.title')}</h4>
      {anomalies.length === 0 ? (
        <p>{t('anomalies.none')}</p>
      ) : (
        <ul className="production__anomalies">
          {anomalies.map((anomaly) => (
            <li key={anomaly.id} className="production__anomaly">
              <fieldset>
                <legend>
                  {anomaly.title} — {translate(`anomalyStatuses.${anomaly.status}`)}
                </legend>
                <p className="field__help">
                  {t('anomalies.case', {
                    title: titles.get(anomaly.caseId) ?? translate('plan.goneCase'),
                  })}
                </p>
                <TextField
                  label={t('anomalies.anomaly')}
                  value={anomaly.title}
                  maxLength={500}
                  onChange={(title) =>
                    execute(updateAnomaly({ id: anomaly.id, changes: { title } }))
                  }
                />
                <SelectField
                  label={t('anomalies.severity')}
                  value={anomaly.severity}
                  options={anomalySeverities.map((value) => ({
                    value,
                    label: translate(`severities.${value}`),
                  }))}
                  onChange={(severity) =>
                    execute(updateAnomaly({ id: anomaly.id, changes: { severity } }))
                  }
                />
                <TextField
                  label={t('anomalies.owner')}
                  value={anomaly.owner}
                  maxLength={500}
                  onChange={(owner) =>
                    execute(updateAnomaly({ id: anomaly.id, changes: { owner } }))
                  }
                />
                <SelectField
                  label={t('anomalies.status')}
                  value={anomaly.status}
                  options={anomalyStatuses.map((value) => ({
                    value,
                    label: translate(`anomalyStatuses.${value}`),
                  }))}
                  onChange={(status) =>
                    execute(updateAnomaly({ id: anomaly.id, changes: { status } }))
                  }
                />
              </fieldset>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
