import { useEffect, useRef } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { isStepId } from '../../domain/steps';
import { perfMarks, ReadyMark } from '../../ui/perfMarks';
import { setCurrentStep } from '../../state/selection';
import { ErrorBoundary } from '../ErrorBoundary';
import { NotFound } from '../NotFound';
import { useLoaded } from '../../ui/useLoaded';
import { isScreenId, stepScreens, type ScreenId } from './stepScreens';
import { focusQuietly } from '../../ui/inputModality';

function StepScreen({ step }: { step: ScreenId }) {
  const { t } = useTranslation();
  const screen = useLoaded(stepScreens[step]);
  if (!screen) {
    return (
      <p role="status" className="step__loading">
        {t('steps.loadingStep')}
      </p>
    );
  }
  const Screen = screen.default;
  return (
    <>
      <Screen />
      <ReadyMark name={perfMarks.stepReady} />
    </>
  );
}

/** Shows the step (or the try-out) of the address, each behind its own error boundary. */
export function StepRoute({ step }: { step: string }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setCurrentStep(isStepId(step) ? step : undefined);
    return () => setCurrentStep(undefined);
  }, [step]);

  // Moving between steps moves focus to the new step's heading, as a page change would;
  // the heading may arrive with the step's module, so the container is watched until then.
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const focusHeading = () => {
      const heading = root.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      if (!root.contains(document.activeElement)) {
        heading.tabIndex = -1;
        focusQuietly(heading);
      }
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => focusHeading() && observer.disconnect());
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [step]);

  if (!isScreenId(step)) return <NotFound />;
  return (
    <div ref={container} className="step">
      <ErrorBoundary key={step}>
        <StepScreen step={step} />
      </ErrorBoundary>
    </div>
  );
}
