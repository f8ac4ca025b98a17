import { useTranslation } from 'react-i18next';
import type { StepId } from '../../domain/steps';

/** Says plainly that a step does not exist yet, rather than showing a fake screen. */
export function StepNotBuilt({ step }: { step: StepId }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t(`steps.${step}`)}</h1>
      <div className="banner">
        <h2 className="banner__title">{t('steps.notBuiltTitle')}</h2>
        <p>{t('steps.notBuiltBody', { step: t(`steps.${step}`) })}</p>
      </div>
    </section>
  );
}
