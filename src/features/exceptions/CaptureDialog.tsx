import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { useLocation } from 'wouter';
import { captureException } from '../../domain/exceptions/commands';
import type { ExceptionContext } from '../../domain/exceptions/schema';
import { newId } from '../../domain/ids';
import { runningWorkshop } from '../../domain/workshops/rules';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { requestReveal } from '../../state/selection';
import { notify } from '../../state/notifications';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/TextField';
import { ContextLabel } from './ContextLabel';
import './i18n';

interface CaptureDialogProps {
  open: boolean;
  /** Where the exception is noted from, read when the dialog opened. */
  context: ExceptionContext;
  onClose: () => void;
}

/** One box and Enter: the exception is noted with its context, and completed later. */
export function CaptureDialog({ open, context, onClose }: CaptureDialogProps) {
  const { t } = useTranslation('exceptions');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string>();
  const [, navigate] = useLocation();
  const running = useEditorStore((state) =>
    state.prototype ? runningWorkshop(state.prototype.workshops) : undefined,
  );

  const close = () => {
    setTitle('');
    setError(undefined);
    onClose();
  };

  const save = () => {
    const trimmed = title.trim();
    if (trimmed === '') {
      setError(t('capture.titleRequired'));
      return;
    }
    const id = newId();
    const done = execute(
      captureException({
        exception: {
          id,
          title: trimmed,
          description: '',
          frequency: 'unknown',
          status: 'open',
          context,
          workshopId: running?.id,
          createdAt: new Date().toISOString(),
        },
      }),
    );
    if (!done) return;
    notify({
      tone: 'success',
      messageKey: 'exceptions:capture.captured',
      params: { title: trimmed },
      timeoutMs: 6000,
      action: {
        labelKey: 'exceptions:capture.openList',
        run: () => {
          requestReveal('exceptions', { kind: 'exception', id });
          navigate('/exceptions');
        },
      },
    });
    close();
  };

  return (
    <FormDialog
      open={open}
      title={t('capture.dialogTitle')}
      submitLabel={t('capture.save')}
      onSubmit={save}
      onClose={close}
    >
      <TextField
        label={t('capture.titleLabel')}
        help={t('capture.titleHelp')}
        value={title}
        error={error}
        onChange={(next) => {
          setTitle(next);
          if (next.trim() !== '') setError(undefined);
        }}
        autoFocus
        required
        name="exception-title"
      />
      <p className="exception-capture__context">
        {t('capture.context')} <ContextLabel context={context} />
      </p>
      {running && (
        <p className="exception-capture__context">
          {t('capture.workshop', { title: running.title })}
        </p>
      )}
    </FormDialog>
  );
}
