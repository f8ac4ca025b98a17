import { Link, useLocation } from 'wouter';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { steps } from '../../domain/steps/registry';
import { usePresentation } from '../../state/presentation';

/**
 * In presentation mode the step list is hidden with the rest of the clutter: this compact
 * menu keeps the way to the previous and next steps in the floating bar.
 */
export function PresentationStepMenu() {
  const { t } = useTranslation();
  const on = usePresentation((state) => state.on);
  const [location] = useLocation();
  if (!on) return null;
  const ids = steps.map((step) => step.id);
  const index = ids.findIndex((id) => location === `/${id}`);
  if (index === -1) return null;
  const previous = ids[index - 1];
  const next = ids[index + 1];
  return (
    <nav className="presentation-steps keep-when-presenting" aria-label={t('steps.presenting')}>
      {previous && (
        <Link href={`/${previous}`} className="presentation-steps__link" rel="prev">
          <span aria-hidden="true">← </span>
          {t(`steps.${previous}`)}
        </Link>
      )}
      <span className="presentation-steps__current" aria-current="page">
        {t('steps.position', { number: index + 1, total: ids.length })} ·{' '}
        {t(`steps.${ids[index]!}`)}
      </span>
      {next && (
        <Link href={`/${next}`} className="presentation-steps__link" rel="next">
          {t(`steps.${next}`)}
          <span aria-hidden="true"> →</span>
        </Link>
      )}
    </nav>
  );
}
