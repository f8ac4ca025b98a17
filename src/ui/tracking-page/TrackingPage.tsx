import { useId, useMemo } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { RenderValues } from '../../domain/tracking/render';
import type { Commitment, Tracking } from '../../domain/tracking/schema';
import {
  answerClockAt,
  nextStepOffset,
  trackingPageAt,
  type AnswerClock,
  type StatusStop,
} from '../../domain/tracking/timeline';
import { workingDaysFrom } from '../../domain/tracking/workingDays';
import { ReceivedMessages } from './ReceivedMessages';
import { StatusBadge } from './StatusBadge';
import './i18n';
import './trackingPage.css';

export interface TrackingPageProps {
  tracking: Pick<Tracking, 'statuses' | 'messages' | 'commitment'>;
  serviceName: string;
  /** The answer the requester confirms beside their code, when the service asks for one. */
  confirmLabel?: string;
  /** The statuses the request went through, and how far it is along them. */
  stops: readonly StatusStop[];
  reached: number;
  /** What messages are filled with; its tracking code is the one shown. */
  values: RenderValues;
  submissionDate: Date;
  formatDate: (date: Date) => string;
  /** The name of the page's region, e.g. when it is a preview. */
  label?: string;
}

/**
 * The requester's tracking page as they would see it once the request has reached
 * `stops[reached]`: the code, where the request is and what is expected of them, the
 * history with dates, and the messages received. The tracking step previews it, the
 * try-out plays it.
 */
export function TrackingPage({
  tracking,
  serviceName,
  confirmLabel,
  stops,
  reached,
  values,
  submissionDate,
  formatDate,
  label,
}: TrackingPageProps) {
  const { t } = useTranslation('trackingPage');
  const id = useId();
  const page = trackingPageAt(stops, reached, tracking);
  const after = useMemo(() => workingDaysFrom(submissionDate), [submissionDate]);
  const dateAt = (offset: number) => formatDate(after(offset));
  const current = page.current;
  const currentOffset = page.timeline.at(-1)?.dayOffset ?? 0;
  const { commitment } = tracking;
  const clock = answerClockAt(stops, reached, tracking.statuses, commitment.documentsRequest);
  const silenceDate = (shift: number) => {
    const start = after(shift);
    start.setDate(start.getDate() + (commitment.silenceAfterDays ?? 0));
    return formatDate(start);
  };
  // A date « at the latest » reads as a promise: only a committed response time makes one.
  const promised = commitment.kind === 'commitment' && commitment.days !== null;
  const answerOffset =
    promised && clock.kind === 'running' ? clock.shift + (commitment.days ?? 0) : undefined;

  return (
    <section className="tracking-preview__frame" aria-label={label ?? t('frameLabel')}>
      <p className="tracking-preview__service">{serviceName}</p>
      <h3>{t('service')}</h3>
      <p>
        {t('code')}
        <strong className="tracking-code">{values.builtins.trackingCode}</strong>
      </p>
      {confirmLabel && <p className="field__help">{t('confirmAsked', { field: confirmLabel })}</p>}
      {current ? (
        <div className="tracking-preview__current">
          <p className="tracking-preview__label">{t('current')}</p>
          <StatusBadge status={current} />
          {current.explanation && <p>{current.explanation}</p>}
          {current.waitsForRequester && current.timeLimitDays !== null && (
            <p>
              <strong>{t('expected')}</strong>
              {t('waitingFor', {
                days: current.timeLimitDays,
                date: dateAt(currentOffset + current.timeLimitDays),
              })}
            </p>
          )}
          {!current.waitsForRequester && !current.final && current.timeLimitDays !== null && (
            <p>
              {t(promised ? 'nextWithin' : 'nextAround', {
                date: dateAt(nextStepOffset(currentOffset, current.timeLimitDays, answerOffset)),
              })}
            </p>
          )}
          {!current.final && (
            <AnswerTime
              clock={clock}
              days={commitment.days}
              kind={commitment.kind}
              dateAt={dateAt}
            />
          )}
          {!current.final &&
            clock.kind === 'running' &&
            commitment.silence !== 'none' &&
            commitment.silenceAfterDays !== null && (
              <p>{t(`silence.${commitment.silence}`, { date: silenceDate(clock.shift) })}</p>
            )}
        </div>
      ) : (
        <p>{t('noStatus')}</p>
      )}
      <h4 id={`${id}-history`}>{t('timeline')}</h4>
      <ol className="timeline" aria-labelledby={`${id}-history`}>
        {page.timeline.map((entry, index) => (
          <li key={index} className="timeline__item">
            <StatusBadge status={entry.status} />
            <span className="timeline__date">{dateAt(entry.dayOffset)}</span>
          </li>
        ))}
      </ol>
      {page.hiddenCount > 0 && (
        <p className="field__help">{t('hidden', { count: page.hiddenCount })}</p>
      )}
      <h4 id={`${id}-messages`}>{t('messages')}</h4>
      <ReceivedMessages
        labelledBy={`${id}-messages`}
        messages={page.messages}
        values={values}
        dateAt={dateAt}
      />
    </section>
  );
}

/**
 * The response time as the requester reads it: a date only when the service commits to
 * it (any displayed date reads as a promise), the usual time otherwise, and whether the
 * clock is stopped while the requester is expected to act.
 */
function AnswerTime({
  clock,
  days,
  kind,
  dateAt,
}: {
  clock: AnswerClock;
  days: number | null;
  kind: Commitment['kind'];
  dateAt: (offset: number) => string;
}) {
  const { t } = useTranslation('trackingPage');
  if (days === null) return null;
  if (clock.kind !== 'running') return <p>{t(`clock.${clock.kind}`)}</p>;
  if (kind === 'indication') return <p>{t('answerIndication', { count: days })}</p>;
  return <p>{t('answerCommitment', { date: dateAt(clock.shift + days) })}</p>;
}
