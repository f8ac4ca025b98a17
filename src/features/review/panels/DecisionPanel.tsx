import { useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { hasDoubts, type SignoffDoubts } from '../../../domain/review/doubts';
import type { ReviewRound } from '../../../domain/review/record';
import {
  decisionsOf,
  type ReviewComment,
  type SignoffDecision,
  type SignoffRole,
} from '../../../domain/review/schema';
import { signOpenPrototype } from '../../../state/review';
import { TextField } from '../../../ui/TextField';
import '../../../ui/signoffs/trustI18n';
import { DraftComments } from './DraftComments';
import { useFileAction } from './useFileAction';

interface DecisionPanelProps {
  role: SignoffRole;
  round: ReviewRound;
  drafts: readonly ReviewComment[];
  /** Whether the content here is still what was received; undefined while computed. */
  contentMatches: boolean | undefined;
  /** What this browser knows that the round does not say; undefined while worked out. */
  doubts: SignoffDoubts | undefined;
  /** Id of the alert that says those doubts, which the acknowledgement points at. */
  doubtsAlertId: string;
}

/** Decisions that send the prototype back say why. */
const needsComment: readonly SignoffDecision[] = ['changes-requested', 'rejected'];

/** The reviewer's decision, signed with their key and exported with the file. */
export function DecisionPanel(props: DecisionPanelProps) {
  const { role, round, drafts, contentMatches, doubts, doubtsAlertId } = props;
  const { t } = useTranslation('review');
  const [decision, setDecision] = useState<SignoffDecision>();
  const [comment, setComment] = useState('');
  const [name, setName] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const { busy, run } = useFileAction('review:decide.done');
  const missingComment =
    decision !== undefined && needsComment.includes(decision) && !comment.trim();
  // A decision after a dropped sign-off or an unknown key is taken knowingly, or not at all.
  const mustAcknowledge = doubts !== undefined && hasDoubts(doubts);
  const ready =
    decision !== undefined &&
    !missingComment &&
    name.trim() !== '' &&
    contentMatches &&
    doubts !== undefined &&
    (!mustAcknowledge || acknowledged);

  const sign = () => {
    if (!decision) return;
    void run(() => signOpenPrototype({ role, name, decision, comment: comment.trim() }));
  };

  return (
    <section className="review-panel" aria-labelledby="review-decide-title">
      <h2 id="review-decide-title">{t(`decide.title.${role}`)}</h2>
      <p>
        {t('decide.intro', {
          number: round.version?.number ?? '?',
          by: round.submission?.by || '?',
        })}{' '}
        {t(`decide.role.${role}`)}
      </p>
      {contentMatches === false && (
        <div className="banner banner--error" role="alert">
          {t('decide.changedHere')}
        </div>
      )}
      <DraftComments drafts={drafts} />
      <fieldset className="review-decisions">
        <legend>{t('decide.decision')}</legend>
        {decisionsOf[role].map((each) => (
          <label key={each} className="review-check">
            <input
              type="radio"
              name="review-decision"
              value={each}
              checked={decision === each}
              onChange={() => setDecision(each)}
            />
            {t(`signoffs:decision.${each}`)}
          </label>
        ))}
      </fieldset>
      <TextField
        label={t('decide.comment')}
        help={t('decide.commentHelp')}
        value={comment}
        onChange={setComment}
        multiline
        error={missingComment ? t('decide.commentRequired') : undefined}
      />
      <TextField label={t('decide.name')} value={name} onChange={setName} />
      <p className="review-note">{t('signoffs:notice')}</p>
      {mustAcknowledge && (
        <label className="review-check review-acknowledge">
          <input
            type="checkbox"
            checked={acknowledged}
            aria-describedby={doubtsAlertId}
            onChange={(event) => setAcknowledged(event.target.checked)}
          />
          {t('trust:decide.acknowledge')}
        </label>
      )}
      <button type="button" className="button" disabled={!ready || busy} onClick={sign}>
        {t('decide.sign')}
      </button>
    </section>
  );
}
