import { useEffect } from 'react';
import { Link, Redirect, Route, Switch, useRoute } from 'wouter';
import { preload } from '../../ui/useLoaded';
import { isScreenId, stepScreens } from './stepScreens';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { useEditorStore } from '../../state/editorStore';
import { closePrototype, openPrototype } from '../../state/session';
import { PrototypeBar } from './PrototypeBar';
import { SaveProblemBanner } from './SaveProblemBanner';
import { StepRoute } from './StepRoute';
import { StepNav } from './StepNav';
import { UnsavedCopyBanner } from './UnsavedCopyBanner';
import { useUndoShortcuts } from './useUndoShortcuts';
import { useIdleStepPreload } from './useIdleStepPreload';
import { usePatternChecksReady } from './usePatternChecksReady';
import { LiveBar } from '../../features/live-workshop/LiveBar';
import { ErrorBoundary } from '../ErrorBoundary';
import { OpeningFailed } from './OpeningFailed';

/** Opens the prototype of the address for editing, and frames its steps. */
export default function PrototypeLayout({ prototypeId }: { prototypeId: string }) {
  const { t } = useTranslation();
  const load = useEditorStore((state) => state.load);
  const ready = useEditorStore(
    (state) => state.load.state === 'ready' && state.prototype?.id === prototypeId,
  );
  const patternChecksReady = usePatternChecksReady();

  // The step's screen loads while the prototype is read, not after.
  const [, stepParams] = useRoute('/:step');
  const step = stepParams?.step;
  useEffect(() => {
    if (isScreenId(step)) void preload(stepScreens[step]);
  }, [step]);

  useEffect(() => {
    void openPrototype(prototypeId);
    return () => void closePrototype();
  }, [prototypeId]);

  useUndoShortcuts(ready);
  useIdleStepPreload(ready);

  if (load.state === 'error') return <OpeningFailed errorKind={load.errorKind} />;
  if (load.state === 'not-found') {
    return (
      <div className="page">
        <div className="banner banner--error" role="alert">
          <h1 className="banner__title">{t('errors.prototypeNotFoundTitle')}</h1>
          <p>{t('errors.prototypeNotFound')}</p>
          <Link href="~/">{t('errors.backToCatalogue')}</Link>
        </div>
      </div>
    );
  }
  if (!ready) {
    return (
      <div className="page" role="status">
        {t('steps.loading')}
      </div>
    );
  }
  // A prototype is shown before its full read (state/session.ts): should a damaged row
  // break a screen, the read's failure still replaces it with the message above.
  return (
    <ErrorBoundary>
      <div className="prototype">
        <PrototypeBar />
        <SaveProblemBanner />
        <UnsavedCopyBanner />
        <LiveBar prototypeId={prototypeId} />
        <div className="prototype__body">
          <StepNav />
          <div className="prototype__step">
            {patternChecksReady ? (
              <Switch>
                <Route path="/:step">{({ step }) => <StepRoute step={step} />}</Route>
                <Route>
                  <Redirect to="/purpose" replace />
                </Route>
              </Switch>
            ) : (
              <p role="status" className="step__loading">
                {t('steps.loadingStep')}
              </p>
            )}
          </div>
        </div>
      </div>
    </ErrorBoundary>
  );
}
