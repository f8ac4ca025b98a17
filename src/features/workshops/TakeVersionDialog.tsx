import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../state/notifications';
import { takeVersion } from '../../state/versions';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/TextField';

/** Takes a version by hand, e.g. before trying a bold change. */
export function TakeVersionDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('workshops');
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
    <FormDialog
      open={open}
      title={t('versions.takeTitle')}
      submitLabel={t('versions.take')}
      onSubmit={() => void take()}
      onClose={close}
    >
      <TextField label={t('versions.takeName')} value={shownName} onChange={setName} autoFocus />
      <TextField
        label={t('versions.takeNotes')}
        value={notes}
        onChange={setNotes}
        multiline
        rows={3}
      />
    </FormDialog>
  );
}
