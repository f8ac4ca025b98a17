import { useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { deleteStatus } from '../../../domain/tracking/commands/statuses';
import { stepName, stepsSetting } from '../../../domain/tracking/mapping';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { Dialog } from '../../../ui/Dialog';
import { useReadProcess } from '../useReadProcess';
import { openStatus } from '../viewStore';

/**
 * Deletes a status after saying what goes with it. A status the process sets cannot be
 * deleted: the dialog names the steps instead (and the command would refuse anyway).
 */
export function DeleteStatusButton({ statusId, label }: { statusId: string; label: string }) {
  const { t } = useTranslation('tracking');
  const [open, setOpen] = useState(false);
  const process = useReadProcess();
  const messageCount = useEditorStore(
    (state) =>
      state.prototype?.tracking.messages.filter((message) => message.statusId === statusId)
        .length ?? 0,
  );
  const setters = process.shown ? stepsSetting(process.shown, statusId) : [];
  const confirm = () => {
    setOpen(false);
    if (execute(deleteStatus({ statusId, process: { xml: process.xml, graph: process.graph } }))) {
      openStatus(undefined);
    }
  };
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t('statuses.editor.delete')}
      </button>
      <Dialog
        open={open}
        title={t('statuses.deleteDialog.title', { label })}
        onClose={() => setOpen(false)}
        actions={
          <>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setOpen(false)}
              autoFocus
            >
              {t('common:actions.cancel')}
            </button>
            {setters.length === 0 && (
              <button
                type="button"
                className="button button--danger"
                onClick={confirm}
                disabled={process.state === 'loading'}
              >
                {t('statuses.deleteDialog.confirm')}
              </button>
            )}
          </>
        }
      >
        <p>
          {setters.length > 0
            ? t('statuses.deleteDialog.inUse', {
                count: setters.length,
                steps: setters.map(stepName).join(', '),
              })
            : t('statuses.deleteDialog.body', { count: messageCount })}
        </p>
      </Dialog>
    </>
  );
}
