import type { Bundle } from '../domain/bundle/schema';
import { renamePrototype } from '../domain/prototype/commands';
import { createPrototype, duplicatePrototype, withBookkeeping } from '../domain/prototype/create';
import {
  addPrototype,
  binPrototype,
  loadPrototype,
  prototypeExists,
  purgeBin,
  replacePrototype,
  savePrototype,
  unbinPrototype,
} from '../storage/prototypeRepository';
import { newId } from '../domain/ids';
import { reviewAfterImport } from '../domain/review/importing';
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

/**
 * replace: the file's prototype replaces the one stored here · keep-both: stored beside it
 * as a copy · record-review: only the file's review (decisions, comments) is recorded on the
 * prototype stored here, whose content stays as it is.
 */
export type ImportMode = 'replace' | 'keep-both' | 'record-review';

/** Whether the imported prototype's id is already in this browser. */
export function isAlreadyStored(bundle: Bundle): Promise<boolean> {
  return prototypeExists(bundle.prototype.id);
}

/** Stores an imported prototype, with the review the file carries; returns its id here. */
export async function storeImported(
  bundle: Bundle,
  mode: ImportMode,
  copyName: (name: string) => string,
) {
  const now = new Date();
  const stored = mode === 'keep-both' ? undefined : await loadPrototype(bundle.prototype.id);
  if (mode === 'record-review' && stored) {
    await replacePrototype({ ...stored, ...reviewAfterImport(stored.review, bundle, now) }, now);
    return stored.id;
  }
  if (mode === 'replace') {
    const imported = withBookkeeping(bundle.prototype, now);
    await replacePrototype({ ...imported, ...reviewAfterImport(stored?.review, bundle, now) }, now);
    return bundle.prototype.id;
  }
  const exists = await prototypeExists(bundle.prototype.id);
  const content = exists
    ? { ...bundle.prototype, id: newId(), name: copyName(bundle.prototype.name) }
    : bundle.prototype;
  await addPrototype({
    ...withBookkeeping(content, now),
    ...reviewAfterImport(undefined, bundle, now),
  });
  return content.id;
}
