import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { useShallow } from 'zustand/react/shallow';
import { updateFabrikAttributes } from '../../../domain/process/updateAttributes';
import { setStepStatusesXml } from '../../../domain/tracking/commands/process';
import { isStatusStep, mappingProblems, stepName } from '../../../domain/tracking/mapping';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { useReadProcess } from '../useReadProcess';
import { openMapping, useTrackingView } from '../viewStore';
import { MappingProblems } from './MappingProblems';

/**
 * Which step sets which status, editable from here: the XML is rewritten with the
 * process helpers, then stored by one command, so undo and autosave see one change.
 */
export function MappingPanel() {
  const { t } = useTranslation('tracking');
  const process = useReadProcess();
  const statuses = useEditorStore(useShallow((state) => state.prototype?.tracking.statuses ?? []));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const graph = process.shown;
  const table = useRef<HTMLTableElement>(null);

  // Opened for one step (a link from the checklist): its status is focused once it shows.
  const elementId = useTrackingView((view) => view.elementId);
  useEffect(() => {
    if (!elementId || !graph) return;
    const select = table.current?.querySelector<HTMLElement>(
      `[data-element-id="${CSS.escape(elementId)}"]`,
    );
    // jsdom has no scrollIntoView.
    select?.scrollIntoView?.({ block: 'center' });
    select?.focus({ preventScroll: true });
    openMapping(undefined);
  }, [elementId, graph]);

  const change = async (elementId: string, statusId: string) => {
    const fromXml = process.xml;
    setSaving(true);
    setError(undefined);
    const result = await updateFabrikAttributes(fromXml, [
      { elementId, attributes: { statusId: statusId || undefined } },
    ]);
    setSaving(false);
    if (result.ok) execute(setStepStatusesXml({ fromXml, xml: result.xml }));
    else setError(result.error);
  };

  if (!graph) return <h2>{t('mapping.heading')}</h2>;
  const steps = graph.elements.filter(isStatusStep);
  const known = new Set(statuses.map((status) => status.id));
  return (
    <div>
      <h2>{t('mapping.heading')}</h2>
      <p className="field__help">{t('mapping.help')}</p>
      <MappingProblems problems={mappingProblems(graph, statuses)} />
      <p role="status" className="mapping__status">
        {saving ? t('mapping.saving') : ''}
      </p>
      {error && <p className="banner banner--error">{t('mapping.saveFailed', { error })}</p>}
      {steps.length === 0 ? (
        <p>{t('mapping.noSteps')}</p>
      ) : (
        <table className="tracking-table" ref={table}>
          <caption className="visually-hidden">{t('mapping.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('mapping.step')}</th>
              <th scope="col">{t('mapping.kind')}</th>
              <th scope="col">{t('mapping.lane')}</th>
              <th scope="col">{t('mapping.status')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((element) => (
              <tr key={element.id}>
                <th scope="row">{stepName(element)}</th>
                <td>{t(`mapping.kinds.${element.kind as 'task' | 'start' | 'end' | 'event'}`)}</td>
                <td>{element.lane ?? ''}</td>
                <td>
                  <select
                    data-element-id={element.id}
                    aria-label={t('mapping.statusFor', { step: stepName(element) })}
                    value={element.statusId ?? ''}
                    disabled={saving || process.state !== 'ready'}
                    onChange={(event) => void change(element.id, event.target.value)}
                  >
                    <option value="">{t('mapping.none')}</option>
                    {statuses.map((status) => (
                      <option key={status.id} value={status.id}>
                        {status.label.trim() || t('statuses.untitled')}
                      </option>
                    ))}
                    {element.statusId && !known.has(element.statusId) && (
                      <option value={element.statusId}>
                        {t('mapping.unknown', { id: element.statusId })}
                      </option>
                    )}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
