import { useTranslation } from '../../../ui/i18n/useTranslation';
import { useShallow } from 'zustand/react/shallow';
import { moveStatus } from '../../../domain/tracking/commands/statuses';
import { stepsSetting } from '../../../domain/tracking/mapping';
import type { Status } from '../../../domain/tracking/schema';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { select } from '../../../state/selection';
import { useReadProcess } from '../useReadProcess';
import { openStatus, useTrackingView } from '../viewStore';

export function chooseStatus(status: Status): void {
  openStatus(status.id);
  select({ kind: 'status', id: status.id, label: status.label });
}

/**
 * The statuses in order, each with what marks it and how many steps set it. The move
 * buttons stay focusable at the ends of the list, so a keyboard user moving a status
 * does not lose their place.
 */
export function StatusList() {
  const { t } = useTranslation('tracking');
  const statuses = useEditorStore(useShallow((state) => state.prototype?.tracking.statuses ?? []));
  const chosenId = useTrackingView((view) => view.statusId);
  const selectedId = statuses.some((status) => status.id === chosenId) ? chosenId : statuses[0]?.id;
  const { shown: graph } = useReadProcess();
  return (
    <ol className="status-list" aria-label={t('statuses.listLabel')}>
      {statuses.map((status, index) => {
        const label = status.label.trim() || t('statuses.untitled');
        const setters = graph ? stepsSetting(graph, status.id).length : undefined;
        return (
          <li
            key={status.id}
            className={
              status.id === selectedId
                ? 'status-list__item status-list__item--selected'
                : 'status-list__item'
            }
          >
            <button
              type="button"
              className="status-list__select"
              aria-current={status.id === selectedId ? 'true' : undefined}
              onClick={() => chooseStatus(status)}
            >
              <span
                className="status-swatch"
                style={{ background: status.color }}
                aria-hidden="true"
              />
              <span className="status-list__label">{label}</span>
              <span className="status-list__marks">
                {!status.visibleToRequester && (
                  <span className="mark">{t('statuses.internal')}</span>
                )}
                {status.final && <span className="mark">{t('statuses.final')}</span>}
                {status.waitsForRequester && <span className="mark">{t('statuses.waits')}</span>}
                {setters !== undefined && (
                  <span className={setters === 0 ? 'mark mark--warning' : 'mark mark--quiet'}>
                    {setters === 0
                      ? t('statuses.setByNone')
                      : t('statuses.setBy', { count: setters })}
                  </span>
                )}
              </span>
            </button>
            <span className="status-list__move">
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={t('statuses.moveUp', { label })}
                aria-disabled={index === 0 || undefined}
                onClick={() =>
                  index > 0 && execute(moveStatus({ statusId: status.id, toIndex: index - 1 }))
                }
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={t('statuses.moveDown', { label })}
                aria-disabled={index === statuses.length - 1 || undefined}
                onClick={() =>
                  index < statuses.length - 1 &&
                  execute(moveStatus({ statusId: status.id, toIndex: index + 1 }))
                }
              >
                ↓
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
