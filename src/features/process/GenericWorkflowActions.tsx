import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { ImportOutcome, DiagramEditor } from './editor/types';
import type * as DialogsModule from './GenericWorkflowDialogs';
import './genericWorkflowI18n';

type Dialogs = typeof DialogsModule;

interface GenericWorkflowActionsProps {
  editor: DiagramEditor | undefined;
  /** Replaces the diagram as one undo step (`OpenedEditor.replace`). */
  replace: ((xml: string) => Promise<ImportOutcome>) | undefined;
  /** Someone else holds the shared diagram: it cannot be replaced. */
  readOnly: boolean;
}

/**
 * « Enregistrer comme processus type » and « Partir d’un processus type »: their dialogs,
 * and the catalogue's storage they use, load on the first click.
 */
export function GenericWorkflowActions({ editor, replace, readOnly }: GenericWorkflowActionsProps) {
  const { t } = useTranslation('processWorkflows');
  const [dialogs, setDialogs] = useState<Dialogs>();
  const [open, setOpen] = useState<'save' | 'start'>();
  const show = (which: 'save' | 'start') => {
    setOpen(which);
    if (!dialogs) void import('./GenericWorkflowDialogs').then(setDialogs);
  };
  const close = () => setOpen(undefined);
  return (
    <div className="button-row" role="group" aria-label={t('label')}>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!editor}
        onClick={() => show('save')}
      >
        {t('save')}
      </button>
      <button
        type="button"
        className="button button--secondary button--small"
        disabled={!replace || readOnly}
        onClick={() => show('start')}
      >
        {t('start')}
      </button>
      {open && !dialogs && (
        <p role="status" className="visually-hidden">
          {t('loading')}
        </p>
      )}
      {dialogs && editor && open === 'save' && (
        <dialogs.SaveWorkflowDialog editor={editor} onClose={close} />
      )}
      {dialogs && replace && open === 'start' && (
        <dialogs.StartFromWorkflowDialog replace={replace} onClose={close} />
      )}
    </div>
  );
}
