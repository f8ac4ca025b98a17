import { useId, type ReactNode } from 'react';
import { useTranslation } from './i18n/useTranslation';
import { Dialog } from './Dialog';

interface FormDialogProps {
  open: boolean;
  title: string;
  /** The label of the button that submits the form (Enter in a field does too). */
  submitLabel: string;
  onSubmit: () => void;
  onClose: () => void;
  /** While the submission runs, its button is disabled so it is not sent twice. */
  busy?: boolean;
  children: ReactNode;
}

/**
 * A dialog holding one small form, with Cancel and a submit button. Validation messages
 * are the app's own (noValidate), so they read the same in every browser and language.
 */
export function FormDialog({
  open,
  title,
  submitLabel,
  onSubmit,
  onClose,
  busy = false,
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  const formId = useId();
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
          <button type="submit" className="button" form={formId} disabled={busy}>
            {submitLabel}
          </button>
        </>
      }
    >
      <form
        id={formId}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </Dialog>
  );
}
