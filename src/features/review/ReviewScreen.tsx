import { useMemo } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link, useSearch } from 'wouter';
import { reviewOf, reviewStage, type ReviewStage } from '../../domain/review/rounds';
import type { Prototype } from '../../domain/prototype/schema';
import type { ReadinessIssue } from '../../domain/readiness';
import { hasDoubts, type SignoffDoubts } from '../../domain/review/doubts';
import { requirePrototype, useEditorStore } from '../../state/editorStore';
import { confirmSignerKey } from '../../state/reviewerKeys';
import { useReadyMark } from '../../ui/perfMarks';
import { DoubtsAlert } from '../../ui/signoffs/DoubtsAlert';
import { SignoffList } from '../../ui/signoffs/SignoffList';
import { CommentsContext } from './content/comments';
import { ReadinessList } from './content/ReadinessList';
import { ReviewContent } from './content/ReviewContent';
import { Dossier } from './dossier/Dossier';
import {
  useMyPublicKey,
  useOpenContent,
  useReviewHash,
  useRoundCheck,
} from './hooks/useReviewFacts';
import { useReadiness } from './hooks/useReadiness';
import { useRoundDoubts } from './hooks/useSignoffTrust';
import { DecisionPanel } from './panels/DecisionPanel';
import { ReceivedComments } from './panels/ReceivedComments';
import { ReviewerKeysPanel } from './panels/ReviewerKeysPanel';
import { RoundPanel } from './panels/RoundPanel';
import { SubmitPanel } from './panels/SubmitPanel';
import './i18n';
import './review.css';

/** The warning about the round's sign-offs, which the decision's acknowledgement points at. */
const doubtsAlertId = 'review-signoff-doubts';

/** Step 7: submit a frozen version, review it, sign the decision; and the sign-off dossier. */
export default function ReviewScreen() {
  const { t } = useTranslation('review');
  const prototype = useEditorStore(requirePrototype);
  const content = useOpenContent();
  const record = reviewOf(prototype);
  const signedCount = record.rounds.reduce((count, round) => count + round.signoffs.length, 0);
  const myKey = useMyPublicKey(signedCount);
  const stage = reviewStage(record, myKey);
  const hash = useReviewHash(content);
  const check = useRoundCheck(stage.round);
  const doubts = useRoundDoubts(stage.round);
  const issues = useReadiness(content);
  // Usable once the checklist is known: the bench measures up to here.
  useReadyMark('fabrik:review-ready', issues !== undefined);
  const contentMatches = stage.round && hash ? hash === stage.round.contentHash : undefined;
  const dossier = new URLSearchParams(useSearch()).get('view') === 'dossier';
  const comments = useMemo(
    () => ({ enabled: stage.kind === 'decide', drafts: record.draftComments }),
    [stage.kind, record.draftComments],
  );

  if (dossier) {
    return (
      <Dossier
        content={content}
        round={stage.round}
        check={check}
        keys={doubts?.keys}
        issues={issues}
        contentMatches={contentMatches}
      />
    );
  }
  return (
    <CommentsContext.Provider value={comments}>
      <section className="page review">
        <h1>{t('title')}</h1>
        <p className="lead">{t('intro')}</p>
        <p className="review-status">
          {t('statusLabel')}{' '}
          <span className={`badge badge--${prototype.status}`}>
            {t(`common:status.${prototype.status}`)}
          </span>
        </p>
        <p>
          <Link href="/review?view=dossier" className="button button--secondary">
            {t('dossier.open')}
          </Link>
        </p>
        {stage.round && doubts && hasDoubts(doubts) && (
          <DoubtsAlert id={doubtsAlertId} doubts={doubts} signoffs={stage.round.signoffs} />
        )}
        <StagePanel
          stage={stage}
          prototype={prototype}
          issues={issues}
          contentMatches={contentMatches}
          doubts={doubts}
        />
        <ReceivedComments record={record} canResolve={stage.round?.origin === 'submitted-here'} />
        {stage.round && (
          <section className="review-panel" aria-labelledby="review-signoffs-title">
            <h2 id="review-signoffs-title">{t('signoffsTitle')}</h2>
            {check ? (
              <SignoffList
                statuses={check.signoffs}
                keys={doubts?.keys}
                onConfirmKey={(index) => confirmSignerKey(check.signoffs[index]!.signoff)}
              />
            ) : (
              <p role="status">{t('checking')}</p>
            )}
            <p className="review-note">{t('signoffs:notice')}</p>
          </section>
        )}
        <section className="review-panel" aria-labelledby="review-checklist-title">
          <h2 id="review-checklist-title">{t('checklist.title')}</h2>
          <ReadinessList issues={issues} links />
        </section>
        <ReviewerKeysPanel myKey={myKey} />
        <ReviewContent content={content} />
      </section>
    </CommentsContext.Provider>
  );
}

interface StagePanelProps {
  stage: ReviewStage;
  prototype: Prototype;
  issues: readonly ReadinessIssue[] | undefined;
  contentMatches: boolean | undefined;
  /** What this browser knows that the round does not say; undefined while worked out. */
  doubts: SignoffDoubts | undefined;
}

function StagePanel({ stage, prototype, issues, contentMatches, doubts }: StagePanelProps) {
  const record = reviewOf(prototype);
  switch (stage.kind) {
    case 'prepare':
      return (
        <SubmitPanel
          issues={issues}
          round={stage.round}
          team={prototype.team}
          nextRound={record.rounds.length + 1}
        />
      );
    case 'decide':
      return (
        <DecisionPanel
          role={stage.role}
          round={stage.round}
          drafts={record.draftComments}
          contentMatches={contentMatches}
          doubts={doubts}
          doubtsAlertId={doubtsAlertId}
        />
      );
    case 'awaiting':
    case 'signed-here':
    case 'closed':
    case 'approved': {
      // The referent changed the prototype since submitting: a new version can be submitted.
      const resubmit = stage.round.origin === 'submitted-here' && contentMatches === false;
      return (
        <>
          <RoundPanel
            kind={stage.kind}
            round={stage.round}
            prototype={prototype}
            contentMatches={contentMatches}
          />
          {resubmit && (
            <SubmitPanel
              issues={issues}
              team={prototype.team}
              nextRound={record.rounds.length + 1}
            />
          )}
        </>
      );
    }
    default: {
      const unexpected: never = stage;
      return unexpected;
    }
  }
}
