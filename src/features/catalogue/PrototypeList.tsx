import { useCallback, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import {
  deleteWithUndo,
  duplicateStoredPrototype,
  renameStoredPrototype,
} from '../../state/catalogue';
import { notify } from '../../state/notifications';
import { classifyStorageError } from '../../storage/errors';
import { loadPrototype, type PrototypeSummary } from '../../storage/prototypeRepository';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { downloadFile } from '../../ui/download';
import { PrototypeCard, type CardAction } from './PrototypeCard';
import { RenameDialog } from './RenameDialog';
import type { FocusRequest } from './useListFocus';

type OpenDialog = { kind: 'rename' | 'delete'; prototype: PrototypeSummary } | undefined;

interface PrototypeListProps {
  items: PrototypeSummary[];
  /** Asks for the focus to follow a deletion, or its undoing, once the list shows it. */
  onFocusRequest: (request: FocusRequest) => void;
}

export function PrototypeList({ items, onFocusRequest }: PrototypeListProps) {
  const { t } = useTranslation('catalogue');
  const [dialog, setDialog] = useState<OpenDialog>();

  const run = useCallback(async (operation: () => Promise<unknown>) => {
    try {
      await operation();
    } catch (error) {
      notify({ tone: 'error', messageKey: `common:storage.${classifyStorageError(error)}` });
    }
  }, []);

  const onAction = useCallback(
    (action: CardAction, prototype: PrototypeSummary) => {
      if (action === 'rename' || action === 'delete') setDialog({ kind: action, prototype });
      if (action === 'duplicate') {
        void run(() =>
          duplicateStoredPrototype(prototype.id, (name) => t('list.copyOf', { name })),
        );
      }
      if (action === 'export') {
        void run(async () => {
          const stored = await loadPrototype(prototype.id);
          if (!stored) return;
          // The export code (schemas, hashing) loads on first use, not with the catalogue.
          const { bundleFile } = await import('../../state/exporting');
          const { fileName, text } = await bundleFile(stored);
          downloadFile(fileName, text);
        });
      }
    },
    [run, t],
  );

  return (
    <>
      <ul className="prototype-list" aria-label={t('list.label')}>
        {items.map((prototype) => (
          <PrototypeCard key={prototype.id} prototype={prototype} onAction={onAction} />
        ))}
      </ul>
      {dialog?.kind === 'rename' && (
        <RenameDialog
          currentName={dialog.prototype.name}
          onCancel={() => setDialog(undefined)}
          onRename={(name) => {
            setDialog(undefined);
            void run(() => renameStoredPrototype(dialog.prototype.id, name));
          }}
        />
      )}
      <ConfirmDialog
        open={dialog?.kind === 'delete'}
        title={t('remove.title', { name: dialog?.prototype.name ?? '' })}
        message={t('remove.body')}
        confirmLabel={t('remove.confirm')}
        danger
        onCancel={() => setDialog(undefined)}
        onConfirm={() => {
          if (!dialog) return;
          const { id, name } = dialog.prototype;
          const index = items.findIndex((item) => item.id === id);
          // The card goes with the button the dialog gives the focus back to: the next card
          // (or the previous one, or the empty catalogue) takes it instead.
          onFocusRequest({ gone: id, next: (items[index + 1] ?? items[index - 1])?.id });
          setDialog(undefined);
          void run(() => deleteWithUndo(id, name, () => onFocusRequest({ back: id })));
        }}
      />
    </>
  );
}
