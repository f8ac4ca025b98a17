import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { Prototype } from '../../../domain/prototype/schema';
import type { ReviewRound } from '../../../domain/review/record';
import { roundFile } from '../../../state/review';
import { fullDateTime } from '../../../ui/relativeTime';
import { useFileAction } from './useFileAction';

interface RoundPanelProps {
  kind: 'awaiting' | 'signed-here' | 'closed' | 'approved';
  round: ReviewRound;
  prototype: Prototype;
  /** Whether the content here is still the round's; undefined while computed. */
  contentMatches: boolean | undefined;
}

/** Where the current round stands when nothing is to be decided here, and its file to send again. */
export function RoundPanel({ kind, round, prototype, contentMatches }: RoundPanelProps) {
  const { t, i18n } = useTranslation('review');
  const { busy, run } = useFileAction('review:round.downloaded');
  const last = round.signoffs.at(-1);
  return (
    <section className="review-panel" aria-labelledby="review-round-title">
      <h2 id="review-round-title">{t(`round.title.${kind}`)}</h2>
      <p>
        {t(`round.body.${kind}`, {
          number: round.version?.number ?? '?',
          name: last?.name ?? '',
          date: last ? fullDateTime(last.at, i18n.language) : '',
          next: last?.role === 'verifier' ? t('round.toApprover') : t('round.toReferent'),
        })}
      </p>
      {contentMatches === false && (
        <p className="banner banner--warning">{t(`round.changedSince.${kind}`)}</p>
      )}
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => void run(() => roundFile(prototype, round))}
      >
        {t('round.download')}
      </button>
    </section>
  );
}
