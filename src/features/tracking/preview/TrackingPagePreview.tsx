import { useId, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { confirmFieldLabel } from '../../../domain/tracking/formFields';
import { useEditorStore } from '../../../state/editorStore';
import { useSampleValues } from '../useSampleValues';
import { TrackingPage } from '../../../ui/tracking-page/TrackingPage';
import { usePreviewRoutes } from './usePreviewRoutes';

/**
 * The requester's tracking page as they would see it, at a chosen point of a chosen
 * journey of the process.
 */
export function TrackingPagePreview() {
  const { t } = useTranslation('tracking');
  const id = useId();
  const tracking = useEditorStore((state) => state.prototype?.tracking);
  const serviceName = useEditorStore((state) => state.prototype?.name ?? '');
  const confirmLabel = useEditorStore((state) =>
    state.prototype ? confirmFieldLabel(state.prototype) : undefined,
  );
  const routes = usePreviewRoutes();
  const { values, submissionDate, formatDate } = useSampleValues();
  const [routeIndex, setRouteIndex] = useState(0);
  const [chosenStage, setChosenStage] = useState<number>();
  if (!tracking) return null;

  const route = routes[Math.min(routeIndex, routes.length - 1)];
  const stops = route?.stops ?? [];
  const stage = Math.min(chosenStage ?? stops.length - 1, stops.length - 1);
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

      <TrackingPage
        tracking={tracking}
        serviceName={serviceName}
        confirmLabel={confirmLabel}
        stops={stops}
        reached={stage}
        values={values}
        submissionDate={submissionDate}
        formatDate={formatDate}
        label={t('preview.frameLabel')}
      />
    </aside>
  );
}
