import type { ReactNode } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { PrototypeContent } from '../../../domain/prototype/schema';
import type { StepId } from '../../../domain/steps';
import { CommentTarget } from './comments';
import { steps } from '../../../domain/steps/registry';
import { ScenariosView } from './ScenariosView';
import { stepViews } from './stepViews';

function StepSection({ step, children }: { step: StepId; children: ReactNode }) {
  const { t } = useTranslation('review');
  const title = t(`common:steps.${step}`);
  return (
    <section className="review-step" aria-labelledby={`review-step-${step}`}>
      <h2 id={`review-step-${step}`}>{t('content.stepTitle', { step: title })}</h2>
      <CommentTarget step={step} label={title} />
      {children}
    </section>
  );
}

/** A read-only view of every step of a prototype, as the reviewers read it. */
export function ReviewContent({ content }: { content: PrototypeContent }) {
  const { t } = useTranslation('review');
  return (
    <div className="review-content">
      {steps.map(({ id }) => {
        const views = stepViews[id];
        return (
          views && (
            <StepSection key={id} step={id}>
              {views.review(content)}
            </StepSection>
          )
        );
      })}
      <section className="review-step" aria-labelledby="review-scenarios">
        <h2 id="review-scenarios">{t('scenarios.title')}</h2>
        <ScenariosView content={content} />
      </section>
    </div>
  );
}
