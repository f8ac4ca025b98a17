import { useTranslation } from '../../ui/i18n/useTranslation';
import type { PilotFeedback } from '../../domain/going-further/adoption/schema';

/** The pilot feedback the newer side of a comparison answers, with the change each led to. */
export function AnsweredFeedbackList({ answered }: { answered: readonly PilotFeedback[] }) {
  const { t } = useTranslation('workshops');
  if (answered.length === 0) return null;
  return (
    <section className="diff__section" aria-labelledby="answered-feedback">
      <h2 id="answered-feedback">{t('diff.answeredTitle', { count: answered.length })}</h2>
      <ul className="answered-feedback">
        {answered.map((item) => (
          <li key={item.id}>
            <p className="answered-feedback__text">{item.text}</p>
            {item.target && (
              <p>
                {t('diff.answeredTarget', {
                  kind: t(`diff.targetKinds.${item.target.kind}`),
                  label: item.target.label,
                })}
              </p>
            )}
            {item.change && <p>{t('diff.answeredChange', { change: item.change })}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
