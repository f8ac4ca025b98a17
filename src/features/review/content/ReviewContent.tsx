import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrototypeContent } from '../../../domain/prototype/schema';
import type { StepId } from '../../../domain/steps';
import { CommentTarget } from './comments';
import { ExceptionsView } from './ExceptionsView';
import { FormView } from './FormView';
import { ProcessView } from './ProcessView';
import { PurposeView } from './PurposeView';
import { TrackingView } from './TrackingView';
import { WorkshopsView } from './WorkshopsView';

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
  return (
    <div className="review-content">
      <StepSection step="purpose">
        <PurposeView purpose={content.purpose} />
      </StepSection>
      <StepSection step="form">
        <FormView form={content.form} />
      </StepSection>
      <StepSection step="process">
        <ProcessView process={content.process} statuses={content.tracking.statuses} />
      </StepSection>
      <StepSection step="tracking">
        <TrackingView tracking={content.tracking} form={content.form} />
      </StepSection>
      <StepSection step="exceptions">
        <ExceptionsView exceptions={content.exceptions} />
      </StepSection>
      <StepSection step="workshops">
        <WorkshopsView workshops={content.workshops} team={content.team} />
      </StepSection>
    </div>
  );
}
