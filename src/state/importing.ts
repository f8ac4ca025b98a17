import type { Bundle } from '../domain/bundle/schema';
import { withBookkeeping } from '../domain/prototype/create';
import { newId } from '../domain/ids';
import { reviewAfterImport } from '../domain/review/importing';
import {
  addPrototype,
  loadPrototype,
  prototypeExists,
  replacePrototype,
} from '../storage/prototypeRepository';
import { rememberSignoffs } from './signoffTrust';

// Loaded only once a file is picked: the validation and review code stays out of the
// catalogue's first load.

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

/**
 * Stores an imported prototype, with the review the file carries; returns its id here. The
 * file's sign-offs are remembered first, whatever is kept of them: a later file that lacks
 * one is flagged, even after the prototype is deleted.
 */
export async function storeImported(
  bundle: Bundle,
  mode: ImportMode,
  copyName: (name: string) => string,
) {
  const now = new Date();
  await rememberSignoffs(bundle.prototype.id, bundle.signoffs, now);
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
