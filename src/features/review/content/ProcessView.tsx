import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { Process } from '../../../domain/process/schema';
import type { Status } from '../../../domain/tracking/schema';
import { useDiagramImage } from '../../../ui/diagram/useDiagramImage';
import { CommentTarget } from './comments';
import { useGraph } from './useGraph';

/** The processing flow: its diagram, then each step with who does it, its time limit and status. */
export function ProcessView({
  process,
  statuses,
}: {
  process: Process;
  statuses: readonly Status[];
}) {
  const { t } = useTranslation('review');
  const xml = process.bpmnXml;
  const diagram = useDiagramImage(xml);
  const graph = useGraph(xml);
  if (xml.trim() === '') return <p>{t('process.none')}</p>;
  const statusLabel = (id?: string) =>
    id ? (statuses.find((status) => status.id === id)?.label ?? id) : '—';
  const elements = graph?.elements.filter((element) => element.kind !== 'other') ?? [];
  return (
    <>
      <figure className="review-diagram">
        {diagram.kind === 'ready' && <img src={diagram.url} alt={t('process.diagramAlt')} />}
        {diagram.kind === 'loading' && <p role="status">{t('process.drawing')}</p>}
        {diagram.kind === 'failed' && (
          <p className="banner banner--warning">{t('process.failed')}</p>
        )}
        <figcaption>{t('process.caption')}</figcaption>
      </figure>
      {process.roles.length > 0 && <p>{t('process.roles', { roles: process.roles.join(', ') })}</p>}
      <table className="review-table">
        <caption>{t('process.stepsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('process.step')}</th>
            <th scope="col">{t('process.kind')}</th>
            <th scope="col">{t('process.role')}</th>
            <th scope="col">{t('process.delay')}</th>
            <th scope="col">{t('process.status')}</th>
          </tr>
        </thead>
        <tbody>
          {elements.map((element) => {
            const name = element.name.trim() || t(`process.kinds.${element.kind}`);
            return (
              <tr key={element.id}>
                <th scope="row">
                  {name}
                  {element.notes && <p className="review-note">{element.notes}</p>}
                  <CommentTarget
                    step="process"
                    target={{ kind: 'process-element', id: element.id }}
                    label={name}
                  />
                </th>
                <td>{t(`process.kinds.${element.kind}`)}</td>
                <td>{element.role ?? element.lane ?? '—'}</td>
                <td>
                  {element.delayDays === undefined
                    ? '—'
                    : t('process.days', { count: element.delayDays })}
                </td>
                <td>{statusLabel(element.statusId)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
