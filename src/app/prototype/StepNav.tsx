import { Link, useLocation } from 'wouter';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { useShallow } from 'zustand/react/shallow';
import { stepProgress } from '../../domain/steps';
import { steps } from '../../domain/steps/registry';
import { useEditorStore } from '../../state/editorStore';

/**
 * The steps in workshop order (the step registry's), then the try-out; the current one is marked for sight and
 * for screen readers.
 */
export function StepNav() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const progress = useEditorStore(
    useShallow((state) => (state.prototype ? stepProgress(state.prototype) : undefined)),
  );
  return (
    <nav className="step-nav" aria-label={t('steps.navigation')}>
      <ol className="step-nav__list">
        {steps.map(({ id: step }, index) => (
          <li key={step}>
            <Link
              href={`/${step}`}
              className="step-nav__link"
              aria-current={location === `/${step}` ? 'page' : undefined}
            >
              <span className="step-nav__number" aria-hidden="true">
                {progress?.[step] ? '✓' : index + 1}
              </span>
              <span>{t(`steps.${step}`)}</span>
              {progress?.[step] && <span className="visually-hidden">({t('steps.done')})</span>}
            </Link>
          </li>
        ))}
      </ol>
      {/* The try-out plays the whole e-service: beside the steps, not one of them. */}
      <Link
        href="/try-out"
        className="step-nav__link step-nav__try-out"
        aria-current={location === '/try-out' ? 'page' : undefined}
      >
        <span className="step-nav__number" aria-hidden="true">
          ▶
        </span>
        <span>{t('steps.tryOut')}</span>
      </Link>
    </nav>
  );
}
