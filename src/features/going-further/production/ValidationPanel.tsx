import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { validateTests } from '../../../domain/going-further/production/commands';
import type { BasedOn, FinalValidation } from '../../../domain/going-further/production/schema';
import type { RunSummary } from '../../../domain/going-further/production/testRun';
import { execute } from '../../../state/commands';
import { TextField } from '../../../ui/TextField';

interface ValidationPanelProps {
  caseIds: string[];
  basedOn: BasedOn;
  summary: RunSummary;
  validation?: FinalValidation;
}

/** The final validation: offered once every case passed and every anomaly is closed. */
export function ValidationPanel({ caseIds, basedOn, summary, validation }: ValidationPanelProps) {
  const { t, i18n } = useTranslation('goingFurther-production');
  const [by, setBy] = useState('');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (by.trim() === '') return setError(t('errors.validatorRequired'));
    setError(undefined);
    execute(validateTests({ caseIds, by, at: new Date().toISOString(), basedOn }));
  };
  return (
    <section aria-labelledby="production-validation">
      <h4 id="production-validation">{t('validation.title')}</h4>
      {validation ? (
        <p className="banner" role="status">
          {t('validation.done', {
            by: validation.by,
            at: new Date(validation.at).toLocaleString(i18n.language),
          })}
        </p>
      ) : summary.canValidate ? (
        <form onSubmit={submit} noValidate>
          <p>{t('validation.ready')}</p>
          <TextField
            label={t('validation.by')}
            value={by}
            onChange={setBy}
            error={error}
            maxLength={500}
          />
          <button type="submit" className="button">
            {t('validation.validate')}
          </button>
        </form>
      ) : (
        <>
          <p>{t('validation.why')}</p>
          <p>
            {t('validation.remaining', {
              untested: summary.untested,
              failed: summary.failed,
              open: summary.openAnomalies,
            })}
          </p>
        </>
      )}
    </section>
  );
}
