import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../domain/workshops/schema';
import { notify } from '../../state/notifications';
import { endWorkshopWithVersion } from '../../state/versions';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';

interface EndWorkshopDialogProps {
  workshop: Workshop;
  open: boolean;
  onClose: () => void;
}

/** Ends the workshop and names the version it leaves. */
export function EndWorkshopDialog({ workshop, open, onClose }: EndWorkshopDialogProps) {
  const { t } = useTranslation('workshops');
  const formId = useId();
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
  };

  return (
    <Dialog
      open={open}
      title={t('run.endTitle', { title: workshop.title })}
      onClose={close}
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={close}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button" form={formId} disabled={busy}>
            {t('run.endConfirm')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        onSubmit={(event) => {
          event.preventDefault();
          void end();
        }}
      >
        <p>{t('run.endBody')}</p>
        <TextField label={t('run.versionName')} value={shownName} onChange={setName} autoFocus />
      </form>
    </Dialog>
  );
}
