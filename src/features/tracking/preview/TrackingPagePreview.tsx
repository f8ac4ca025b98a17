import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Commitment } from '../../../domain/tracking/schema';
import { answerClockAt, trackingPageAt, type AnswerClock } from '../../../domain/tracking/timeline';
import { addWorkingDays } from '../../../domain/tracking/workingDays';
import { useEditorStore } from '../../../state/editorStore';
import { useSampleValues } from '../useSampleValues';
import { PreviewMessages } from './PreviewMessages';
import { StatusBadge } from './StatusBadge';
import { usePreviewRoutes } from './usePreviewRoutes';

/**
 * The requester's tracking page as they would see it, at a chosen point of a chosen
 * journey: the code, where the request is and what is expected of them, the history
 * with dates, and the messages received.
 */
export function TrackingPagePreview() {
  const { t } = useTranslation('tracking');
  const id = useId();
  const tracking = useEditorStore((state) => state.prototype?.tracking);
  const serviceName = useEditorStore((state) => state.prototype?.name ?? '');
  const confirmLabel = useEditorStore((state) => {
    const fieldId = state.prototype?.tracking.code.confirmFieldId;
    if (!fieldId || !state.prototype) return undefined;
    for (const page of state.prototype.form.pages) {
      const field = page.fields.find((candidate) => candidate.id === fieldId);
      if (field) return field.label || field.key;
    }
    return undefined;
  });
  const routes = usePreviewRoutes();
  const { values, submissionDate, formatDate } = useSampleValues();
  const [routeIndex, setRouteIndex] = useState(0);
  const [chosenStage, setChosenStage] = useState<number>();
  if (!tracking) return null;

  const route = routes[Math.min(routeIndex, routes.length - 1)];
  const stops = route?.stops ?? [];
  const stage = Math.min(chosenStage ?? stops.length - 1, stops.length - 1);
  const page = trackingPageAt(stops, stage, tracking);
  const dateAt = (offset: number) => formatDate(addWorkingDays(submissionDate, offset));
  const current = page.current;
  const currentOffset = page.timeline.at(-1)?.dayOffset ?? 0;
  const { commitment } = tracking;
  const clock = answerClockAt(stops, stage, tracking.statuses, commitment.documentsRequest);
  const silenceDate = (shift: number) => {
    const start = addWorkingDays(submissionDate, shift);
    start.setDate(start.getDate() + (commitment.silenceAfterDays ?? 0));
    return formatDate(start);
  };
  // A date « at the latest » reads as a promise: only a committed response time makes one.
  const promised = commitment.kind === 'commitment' && commitment.days !== null;
  const statusOf = (statusId: string) => tracking.statuses.find((s) => s.id === statusId);

  return (
    <aside className="tracking-preview" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('preview.heading')}</h2>
      <p className="field__help">{t('preview.help')}</p>
      <div className="field">
        <label htmlFor={`${id}-route`} className="field__label">
          {t('preview.path')}
        </label>
        <select
          id={`${id}-route`}
          value={Math.min(routeIndex, routes.length - 1)}
          onChange={(event) => {
            setRouteIndex(Number(event.target.value));
            setChosenStage(undefined);
          }}
        >
          {routes.map((candidate, index) => (
            <option key={index} value={index}>
              {`${index + 1}. ${candidate.label}`}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-stage`} className="field__label">
          {t('preview.stage')}
        </label>
        <select
          id={`${id}-stage`}
          value={stage}
          onChange={(event) => setChosenStage(Number(event.target.value))}
        >
          {stops.map((stop, index) => {
            const status = statusOf(stop.statusId);
            const label = status?.label.trim() || t('statuses.untitled');
            const key = status?.visibleToRequester === false ? 'stageHidden' : 'stageOption';
            return (
              <option key={index} value={index}>
                {t(`preview.${key}`, { index: index + 1, status: label })}
              </option>
            );
          })}
        </select>
      </div>

      <section className="tracking-preview__frame" aria-label={t('preview.frameLabel')}>
        <p className="tracking-preview__service">{serviceName}</p>
        <h3>{t('preview.service')}</h3>
        <p>
          {t('preview.code')}
          <strong className="tracking-code">{values.builtins.trackingCode}</strong>
        </p>
        {confirmLabel && (
          <p className="field__help">{t('preview.confirmAsked', { field: confirmLabel })}</p>
        )}
        {current ? (
          <div className="tracking-preview__current">
            <p className="tracking-preview__label">{t('preview.current')}</p>
            <StatusBadge status={current} />
            {current.explanation && <p>{current.explanation}</p>}
            {current.waitsForRequester && current.timeLimitDays !== null && (
              <p>
                <strong>{t('preview.expected')}</strong>
                {t('preview.waitingFor', {
                  days: current.timeLimitDays,
                  date: dateAt(currentOffset + current.timeLimitDays),
                })}
              </p>
            )}
            {!current.waitsForRequester && !current.final && current.timeLimitDays !== null && (
              <p>
                {t(promised ? 'preview.nextWithin' : 'preview.nextAround', {
                  date: dateAt(currentOffset + current.timeLimitDays),
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
                <p>
                  {t(`preview.silence.${commitment.silence}`, {
                    date: silenceDate(clock.shift),
                  })}
                </p>
              )}
          </div>
        ) : (
          <p>{t('preview.noStatus')}</p>
        )}
        <h4 id={`${id}-history`}>{t('preview.timeline')}</h4>
        <ol className="timeline" aria-labelledby={`${id}-history`}>
          {page.timeline.map((entry, index) => (
            <li key={index} className="timeline__item">
              <StatusBadge status={entry.status} />
              <span className="timeline__date">{dateAt(entry.dayOffset)}</span>
            </li>
          ))}
        </ol>
        {page.hiddenCount > 0 && (
          <p className="field__help">{t('preview.hidden', { count: page.hiddenCount })}</p>
        )}
        <h4 id={`${id}-messages`}>{t('preview.messages')}</h4>
        <PreviewMessages
          labelledBy={`${id}-messages`}
          messages={page.messages}
          values={values}
          dateAt={dateAt}
        />
      </section>
    </aside>
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
  const { t } = useTranslation('tracking');
  if (days === null) return null;
  if (clock.kind !== 'running') return <p>{t(`preview.clock.${clock.kind}`)}</p>;
  if (kind === 'indication') return <p>{t('preview.answerIndication', { count: days })}</p>;
  return <p>{t('preview.answerCommitment', { date: dateAt(clock.shift + days) })}</p>;
}
