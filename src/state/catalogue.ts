import { renamePrototype } from '../domain/prototype/commands';
import {
  addPrototype,
  binPrototype,
  loadPrototype,
  purgeBin,
  savePrototype,
  unbinPrototype,
} from '../storage/prototypeRepository';
import { classifyStorageError } from '../storage/errors';
import { notify } from './notifications';

/**
 * How long a prototype binned in another tab is spared when the catalogue clears the bin:
 * that tab may still be offering « Annuler », and its message stays until closed. A day
 * covers any workshop; the bin is invisible, so keeping it that long costs nothing.
 */
export const BIN_GRACE_MS = 24 * 60 * 60 * 1000;

/** Prototypes in the bin whose « Annuler » is still on screen, with when they were binned. */
const offeredBack = new Map<string, string>();

/** `latest`, or earlier if needed to spare every prototype still offered back. */
function purgeCutoff(latest: Date): Date {
  const earliest = [...offeredBack.values()].sort()[0];
  return earliest !== undefined && earliest < latest.toISOString() ? new Date(earliest) : latest;
}

/**
 * What a new prototype starts with (the default diagram, statuses and messages), loaded when
 * one is made: the catalogue's first page does without it.
 */
const loadCreate = () => import('../domain/prototype/create');

export async function createNewPrototype(name: string): Promise<string> {
  const { createPrototype } = await loadCreate();
  const prototype = createPrototype(name, new Date());
  await addPrototype(prototype);
  return prototype.id;
}

/** Renames a stored prototype through the same command as the editor. */
export async function renameStoredPrototype(id: string, name: string): Promise<void> {
  const stored = await loadPrototype(id);
  if (!stored) return;
  const renamed = renamePrototype({ name: name.trim() }).apply(stored);
  if (renamed === stored) return;
  const outcome = await savePrototype(renamed, stored.revision, new Date());
  if (outcome.kind !== 'saved') notify({ tone: 'error', messageKey: 'catalogue:renameConflict' });
}

export async function duplicateStoredPrototype(id: string, copyName: (name: string) => string) {
  const stored = await loadPrototype(id);
  if (!stored) return undefined;
  const { duplicatePrototype } = await loadCreate();
  const copy = duplicatePrototype(stored, copyName(stored.name), new Date());
  await addPrototype(copy);
  return copy.id;
}

/**
 * Deletes a prototype, which can be taken back for as long as the message offering it stays
 * (until closed); it is deleted for good when the message goes. `onRestored` is called once
 * it is back in the catalogue.
 */
export async function deleteWithUndo(
  id: string,
  name: string,
  onRestored?: () => void,
): Promise<void> {
  const binnedAt = new Date();
  await binPrototype(id, binnedAt);
  offeredBack.set(id, binnedAt.toISOString());
  notify({
    tone: 'info',
    messageKey: 'catalogue:deleted',
    params: { name },
    action: {
      labelKey: 'catalogue:undoDelete',
      run: () =>
        void unbinPrototype(id)
          .finally(() => offeredBack.delete(id))
          .then(onRestored, (error: unknown) =>
            notify({ tone: 'error', messageKey: `common:storage.${classifyStorageError(error)}` }),
          ),
    },
    onDismiss: () => {
      offeredBack.delete(id);
      void purgeBin(purgeCutoff(new Date())).catch(() => undefined);
    },
  });
}

/** Deletes for good what was binned earlier and is no longer offered back. */
export function purgeOldBin(): Promise<number> {
  return purgeBin(purgeCutoff(new Date(Date.now() - BIN_GRACE_MS)));
}
