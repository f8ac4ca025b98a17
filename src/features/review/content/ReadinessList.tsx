import { useTranslation } from '../../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import type { ReadinessIssue } from '../../../domain/readiness';
import { requestReveal } from '../../../state/selection';

interface ReadinessListProps {
  issues: readonly ReadinessIssue[] | undefined;
  /** Whether each item links to the step where it is fixed (not for a file opened read-only). */
  links: boolean;
}

/** The readiness checklist: what blocks, what is worth a look, each with where to fix it. */
export function ReadinessList({ issues, links }: ReadinessListProps) {
  const { t } = useTranslation('review');
  if (!issues) return <p role="status">{t('checklist.checking')}</p>;
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.length - errors;
  return (
    <>
      <p className={errors > 0 ? 'review-summary review-summary--error' : 'review-summary'}>
        {errors === 0 && warnings === 0
          ? t('checklist.allClear')
          : t('checklist.summary', { errors, warnings })}
      </p>
      {issues.length > 0 && (
        <ul className="readiness" aria-label={t('checklist.label')}>
          {issues.map((issue, index) => (
            <li
              key={`${issue.messageKey}-${index}`}
              className={`readiness__item readiness__item--${issue.severity}`}
            >
              <span className="readiness__severity">{t(`checklist.${issue.severity}`)}</span>{' '}
              <span>{t(issue.messageKey, issue.params)}</span>{' '}
              {links ? (
                <Link
                  href={`/${issue.step}`}
                  className="readiness__fix"
                  onClick={() => issue.target && requestReveal(issue.step, issue.target)}
                >
                  {t('checklist.fix', { step: t(`common:steps.${issue.step}`) })}
                </Link>
              ) : (
                <span className="readiness__step">({t(`common:steps.${issue.step}`)})</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
