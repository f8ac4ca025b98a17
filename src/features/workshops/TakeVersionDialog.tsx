import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../state/notifications';
import { takeVersion } from '../../state/versions';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';

/** Takes a version by hand, e.g. before trying a bold change. */
export function TakeVersionDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('workshops');
  const formId = useId();
  const [name, setName] = useState<string>();
  const [notes, setNotes] = useState('');
  const shownName =
    name ?? t('versions.takeDefault', { date: new Date().toLocaleDateString(i18n.language) });

  const close = () => {
    setName(undefined);
    setNotes('');
    onClose();
  };

  const take = async () => {
    const version = await takeVersion({
      name: shownName.trim() || shownName,
      kind: 'manual',
      notes,
    });
    if (!version) return;
    notify({
      tone: 'success',
      messageKey: 'workshops:versions.taken',
      params: { number: version.number },
      timeoutMs: 6000,
    });
    close();
  };

  return (
    <Dialog
      open={open}
      title={t('versions.takeTitle')}
      onClose={close}
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={close}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button" form={formId}>
            {t('versions.take')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        onSubmit={(event) => {
          event.preventDefault();
          void take();
        }}
      >
        <TextField label={t('versions.takeName')} value={shownName} onChange={setName} autoFocus />
        <TextField
          label={t('versions.takeNotes')}
          value={notes}
          onChange={setNotes}
          multiline
          rows={3}
        />
      </form>
    </Dialog>
  );
}
