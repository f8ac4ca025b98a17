import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { restoreStoredVersion } from '../../state/versions';
import { Dialog } from '../../ui/Dialog';

interface RestoreVersionDialogProps {
  /** The version to restore; the dialog is closed without one. */
  version?: { id: string; number: number; name: string };
  onClose: () => void;
}

/**
 * Asks before restoring a version. « Pour aller plus loin » records what happened after the
 * approval, so it is kept unless the person ticks the box to bring the version's back too.
 */
export function RestoreVersionDialog({ version, onClose }: RestoreVersionDialogProps) {
  const { t } = useTranslation('workshops');
  const { t: common } = useTranslation();
  const [withGoingFurther, setWithGoingFurther] = useState(false);
  // The box is unticked again on closing, so each opening starts from the safe choice.
  const close = () => {
    setWithGoingFurther(false);
    onClose();
  };
  const confirm = () => {
    if (version) void restoreStoredVersion(version.id, { withGoingFurther });
    close();
  };
  return (
    <Dialog
      open={version !== undefined}
      title={t('versions.restoreTitle', { number: version?.number ?? '' })}
      onClose={close}
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={close} autoFocus>
            {common('actions.cancel')}
          </button>
          <button type="button" className="button" onClick={confirm}>
            {t('versions.restore')}
          </button>
        </>
      }
    >
      <p>{t('versions.restoreBody', { name: version?.name ?? '' })}</p>
      <label className="versions__restore-option">
        <input
          type="checkbox"
          aria-describedby="restore-going-further-help"
          checked={withGoingFurther}
          onChange={(event) => setWithGoingFurther(event.target.checked)}
        />{' '}
        {t('versions.restoreGoingFurther')}
      </label>
      <p id="restore-going-further-help" className="field__help">
        {t(withGoingFurther ? 'versions.restoreGoingFurtherOn' : 'versions.restoreGoingFurtherOff')}
      </p>
    </Dialog>
  );
}
