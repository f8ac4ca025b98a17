import { useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { newId } from '../../../domain/ids';
import { addStatus } from '../../../domain/tracking/commands/statuses';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { select } from '../../../state/selection';
import { openStatus, useTrackingView } from '../viewStore';
import { StatusEditor } from './StatusEditor';
import { StatusList } from './StatusList';

/** The statuses tab: the list on one side, the open status on the other. */
export function StatusesPanel() {
  const { t } = useTranslation('tracking');
  const chosenId = useTrackingView((view) => view.statusId);
  // Until one is chosen (or once the chosen one is deleted), the first status is open.
  const selectedId = useEditorStore((state) => {
    const statuses = state.prototype?.tracking.statuses ?? [];
    return statuses.some((status) => status.id === chosenId) ? chosenId : statuses[0]?.id;
  });
  const [createdId, setCreatedId] = useState<string>();
  const add = () => {
    const id = newId();
    const label = t('statuses.newLabel');
    if (!execute(addStatus({ id, label }))) return;
    setCreatedId(id);
    openStatus(id);
    select({ kind: 'status', id, label });
  };
  return (
    <div className="tracking__split">
      <div>
        <h2>{t('statuses.heading')}</h2>
        <p className="field__help">{t('statuses.help')}</p>
        <StatusList />
        <button type="button" className="button button--secondary" onClick={add}>
          {t('statuses.add')}
        </button>
      </div>
      {selectedId && (
        <StatusEditor key={selectedId} statusId={selectedId} autoFocus={selectedId === createdId} />
      )}
    </div>
  );
}
