import { useTranslation } from '../../../ui/i18n/useTranslation';
import { useShallow } from 'zustand/react/shallow';
import type { CommitmentAnalysis } from '../../../domain/tracking/commitments';
import { stepName } from '../../../domain/tracking/mapping';
import { useEditorStore } from '../../../state/editorStore';
import { useReadProcess } from '../useReadProcess';

/** Every path that reaches an end, its duration, and whether it keeps the promised time. */
export function PathsTable({
  analysis,
  promised,
}: {
  analysis: CommitmentAnalysis;
  promised: number | null;
}) {
  const { t, i18n } = useTranslation('tracking');
  const statuses = useEditorStore(useShallow((state) => state.prototype?.tracking.statuses ?? []));
  const { shown: graph } = useReadProcess();
  if (analysis.paths.length === 0 || !graph) return null;
  const byId = new Map(graph.elements.map((element) => [element.id, element]));
  const number = (value: number) => value.toLocaleString(i18n.language);
  const withoutDelay = [
    ...new Set(analysis.paths.flatMap((path) => path.stepsWithoutDelay.map(stepName))),
  ];
  return (
    <>
      <table className="tracking-table">
        <caption>{t('commitment.pathsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('commitment.path')}</th>
            <th scope="col">{t('commitment.pathEnd')}</th>
            <th scope="col">{t('commitment.pathDays')}</th>
            <th scope="col">{t('commitment.pathVerdict')}</th>
          </tr>
        </thead>
        <tbody>
          {analysis.paths.map((path, index) => {
            const steps = path.path.elementIds
              .map((id) => byId.get(id))
              .filter((element) => element?.kind === 'task')
              .map((element) => (element ? stepName(element) : ''));
            const end = statuses.find((status) => status.id === path.lastStatusId);
            const over = promised === null ? null : path.days - promised;
            return (
              <tr
                key={index}
                className={over !== null && over > 0 ? 'tracking-table__row--bad' : undefined}
              >
                <th scope="row">
                  <span className="paths__index">{index + 1}.</span> {steps.join(' → ')}
                </th>
                <td>{end?.label ?? t('commitment.noEnd')}</td>
                <td>
                  {path.stepsWithoutDelay.length > 0
                    ? t('commitment.minimum', { days: number(path.days) })
                    : number(path.days)}
                  {path.waitingDays > 0 && (
                    <span className="paths__waiting">
                      {' '}
                      ({t('commitment.pathWaiting')} {number(path.waitingDays)})
                    </span>
                  )}
                </td>
                <td>
                  {over === null
                    ? t('commitment.pathNoLimit')
                    : over > 0
                      ? t('commitment.pathBreaks', { days: number(over) })
                      : t('commitment.pathOk')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {withoutDelay.length > 0 && (
        <p className="field__help">
          {t('commitment.withoutDelay', { steps: withoutDelay.join(', ') })}
        </p>
      )}
    </>
  );
}
