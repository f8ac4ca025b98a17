import { renamePrototype } from '../domain/prototype/commands';
import { createPrototype, duplicatePrototype } from '../domain/prototype/create';
import {
  addPrototype,
  binPrototype,
  loadPrototype,
  purgeBin,
  savePrototype,
  unbinPrototype,
} from '../storage/prototypeRepository';
import { notify } from './notifications';

/** How long a deleted prototype can be taken back. */
export const UNDO_DELETE_MS = 8000;

export async function createNewPrototype(name: string): Promise<string> {
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
  const copy = duplicatePrototype(stored, copyName(stored.name), new Date());
  await addPrototype(copy);
  return copy.id;
}

/** Deletes a prototype, with a few seconds to take it back. */
export async function deleteWithUndo(id: string, name: string): Promise<void> {
  await binPrototype(id, new Date());
  notify({
    tone: 'info',
    messageKey: 'catalogue:deleted',
    params: { name },
    timeoutMs: UNDO_DELETE_MS,
    action: { labelKey: 'catalogue:undoDelete', run: () => void unbinPrototype(id) },
  });
  setTimeout(() => void purgeBin(new Date(Date.now() - UNDO_DELETE_MS)), UNDO_DELETE_MS + 1000);
}

/** Deletes for good what was binned in an earlier visit and not taken back. */
export function purgeOldBin(): Promise<number> {
  return purgeBin(new Date(Date.now() - UNDO_DELETE_MS));
}
