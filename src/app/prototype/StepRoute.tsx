import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { isStepId } from '../../domain/steps';
import { perfMarks, ReadyMark } from '../../ui/perfMarks';
import { setCurrentStep } from '../../state/selection';
import { ErrorBoundary } from '../ErrorBoundary';
import { NotFound } from '../NotFound';
import { StepNotBuilt } from './StepNotBuilt';
import { stepScreens } from './stepScreens';

/** Shows the step of the address, each behind its own error boundary. */
export function StepRoute({ step }: { step: string }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setCurrentStep(isStepId(step) ? step : undefined);
    return () => setCurrentStep(undefined);
  }, [step]);

  // Moving between steps moves focus to the new step's heading, as a page change would.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const heading = container.current?.querySelector<HTMLElement>('h1');
      if (heading && !container.current?.contains(document.activeElement)) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [step]);

  if (!isStepId(step)) return <NotFound />;
  const Screen = stepScreens[step];
  return (
    <div ref={container} className="step">
      <ErrorBoundary key={step}>
        <Suspense
          fallback={
            <p role="status" className="step__loading">
              {t('steps.loadingStep')}
            </p>
          }
        >
          {Screen ? <Screen /> : <StepNotBuilt step={step} />}
          <ReadyMark name={perfMarks.stepReady} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}
