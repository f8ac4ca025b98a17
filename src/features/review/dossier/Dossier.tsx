import type { ReactNode } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import type { PrototypeContent } from '../../../domain/prototype/schema';
import type { ReadinessIssue } from '../../../domain/readiness';
import type { KeyRecognition } from '../../../domain/review/keyring';
import type { ReviewRound } from '../../../domain/review/record';
import type { SignoffCheck } from '../../../domain/review/verify';
import { fullDateTime } from '../../../ui/relativeTime';
import { SignoffList } from '../../../ui/signoffs/SignoffList';
import { steps } from '../../../domain/steps/registry';
import { ReadinessList } from '../content/ReadinessList';
import { ScenariosView } from '../content/ScenariosView';
import { stepViews } from '../content/stepViews';
import './dossier.css';

interface DossierProps {
  content: PrototypeContent;
  round: ReviewRound | undefined;
  check: SignoffCheck | undefined;
  /** How each sign-off's key is recognised here, printed beside it. */
  keys: readonly KeyRecognition[] | undefined;
  issues: readonly ReadinessIssue[] | undefined;
  contentMatches: boolean | undefined;
}

function Part({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="dossier__part" aria-labelledby={`dossier-${id}`}>
      <h2 id={`dossier-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The sign-off dossier: everything a director signs off, on paper or as a PDF through the
 * browser's print (the print stylesheet leaves only the document).
 */
export function Dossier({ content, round, check, keys, issues, contentMatches }: DossierProps) {
  const { t, i18n } = useTranslation('review');
  const submission = round?.submission;
  return (
    <article className="page dossier" aria-labelledby="dossier-title">
      <div className="dossier__actions button-row">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('dossier.print')}
        </button>
        <Link href="/review" className="button button--secondary">
          {t('dossier.back')}
        </Link>
      </div>
      <header className="dossier__header">
        <p className="dossier__kicker">{t('dossier.kicker')}</p>
        <h1 id="dossier-title">{content.name}</h1>
        {round?.version && (
          <p>
            {t('dossier.version', {
              number: round.version.number,
              date: fullDateTime(round.version.createdAt, i18n.language),
            })}
          </p>
        )}
        {submission && (
          <p>
            {t('dossier.submitted', {
              by: submission.by,
              date: fullDateTime(submission.at, i18n.language),
            })}
          </p>
        )}
        {contentMatches === false && (
          <p className="banner banner--warning">{t('dossier.changedSince')}</p>
        )}
      </header>
      {steps.map(({ id }) => {
        const views = stepViews[id];
        return (
          views && (
            <Part key={id} id={id} title={t(`dossier.parts.${id}`)}>
              {(views.dossier ?? views.review)(content)}
            </Part>
          )
        );
      })}
      <Part id="scenarios" title={t('dossier.parts.scenarios')}>
        <ScenariosView content={content} />
      </Part>
      <Part id="checklist" title={t('dossier.parts.checklist')}>
        <ReadinessList issues={issues} links={false} />
        {submission && (
          <>
            <h3>{t('dossier.declared', { by: submission.by })}</h3>
            <ul>
              {submission.declarations.map((id) => (
                <li key={id}>{t(`declarations.${id}`, { defaultValue: id })}</li>
              ))}
            </ul>
          </>
        )}
      </Part>
      <Part id="signoffs" title={t('dossier.parts.signoffs')}>
        {check ? (
          <SignoffList statuses={check.signoffs} keys={keys} />
        ) : (
          <p>{t('dossier.noSignoff')}</p>
        )}
        <p className="review-note">{t('signoffs:notice')}</p>
      </Part>
    </article>
  );
}
