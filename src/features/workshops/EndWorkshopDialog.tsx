import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { Workshop } from '../../domain/workshops/schema';
import { notify } from '../../state/notifications';
import { endWorkshopWithVersion } from '../../state/versions';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/TextField';
import { focusWhenShown } from '../../ui/focusWhenShown';

interface EndWorkshopDialogProps {
  workshop: Workshop;
  open: boolean;
  onClose: () => void;
}

/** Ends the workshop and names the version it leaves. */
export function EndWorkshopDialog({ workshop, open, onClose }: EndWorkshopDialogProps) {
  const { t } = useTranslation('workshops');
  const [name, setName] = useState<string>();
  const [busy, setBusy] = useState(false);
  const shownName = name ?? t('run.versionNameDefault', { title: workshop.title });

  const close = () => {
    setName(undefined);
    onClose();
  };

  const end = async () => {
    setBusy(true);
    const version = await endWorkshopWithVersion(workshop.id, shownName.trim() || workshop.title);
    setBusy(false);
    if (!version) return;
    notify({
      tone: 'success',
      messageKey: 'workshops:run.ended',
      params: { title: workshop.title, number: version.number },
      timeoutMs: 6000,
    });
    close();
    // The running workshop and its « Terminer » button are gone: to the new version.
    focusWhenShown('versions-title');
  };

  return (
    <FormDialog
      open={open}
      title={t('run.endTitle', { title: workshop.title })}
      submitLabel={t('run.endConfirm')}
      onSubmit={() => void end()}
      onClose={close}
      busy={busy}
    >
      <p>{t('run.endBody')}</p>
      <TextField label={t('run.versionName')} value={shownName} onChange={setName} autoFocus />
    </FormDialog>
  );
}
