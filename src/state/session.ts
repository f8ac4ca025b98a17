import {
  loadPrototype,
  openPrototypeRow,
  takePrefetchedPrototype,
  verifyOpenedPrototype,
  watchPrototypeRevision,
} from '../storage/prototypeRepository';
import { StorageError } from '../storage/errors';
import { clearJournal } from '../storage/journal';
import {
  cancelScheduledSave,
  flushSave,
  hasUnstoredChanges,
  journalUnstoredChanges,
  saveBeforeLeaving,
  scheduleSave,
} from './autosave';
import { initialEditorState, useEditorStore } from './editorStore';
import { emptyHistory } from './history';
import { guardLeavingWhileUnsaved } from './leaveGuard';
import { notify } from './notifications';
import { recoverJournal } from './recovery';
import { clearReveal } from './selection';
import { forgetUnsavedCopy, offerUnsavedCopy } from './unsavedCopy';

let stopWatching: (() => void) | undefined;
/** Bumped by every open and close, so that a load that finishes late is ignored. */
let generation = 0;
let openedId: string | undefined;
let closing: Promise<void> = Promise.resolve();

function onPageHidden() {
  if (document.visibilityState === 'hidden') saveBeforeLeaving();
}

/** A save that failed for want of the app's code is made again once the network is back. */
function onBackOnline() {
  const { save } = useEditorStore.getState();
  if (save.state === 'error' && save.errorKind === 'notDownloaded') void retrySave();
}

let stopGuardingLeave: (() => void) | undefined;

function listenToPageLifecycle(on: boolean) {
  const method = on ? 'addEventListener' : 'removeEventListener';
  window[method]('pagehide', saveBeforeLeaving);
  window[method]('online', onBackOnline);
  document[method]('visibilitychange', onPageHidden);
  stopGuardingLeave?.();
  stopGuardingLeave = on ? guardLeavingWhileUnsaved() : undefined;
}

/** Loads a prototype for editing, replays unsaved changes left by a closed tab, and watches other tabs. */
export async function openPrototype(id: string): Promise<void> {
  if (openedId === id) return;
  void closePrototype();
  const mine = ++generation;
  openedId = id;
  // The previous prototype's pending changes are written before anything else is read.
  await closing;
  if (generation !== mine) return;
  useEditorStore.setState({ ...initialEditorState, load: { state: 'loading' } });
  try {
    const stored = await (takePrefetchedPrototype(id) ?? openPrototypeRow(id));
    if (generation !== mine) return;
    if (!stored) {
      useEditorStore.setState({ load: { state: 'not-found' } });
      return;
    }
    const recovery = await recoverJournal(stored);
    if (generation !== mine) return;
    const replay = recovery.kind === 'replay';
    useEditorStore.setState({
      prototype: replay ? recovery.prototype : stored,
      baseRevision: stored.revision,
      load: { state: 'ready' },
      save: { state: replay ? 'pending' : 'saved' },
    });
    if (replay) {
      scheduleSave();
      notify({ tone: 'success', messageKey: 'autosave.recovered', timeoutMs: 6000 });
    } else if (recovery.kind === 'stale') {
      offerUnsavedCopy(recovery.prototype);
    }
    listenToPageLifecycle(true);
    // Watching other tabs opens Dexie (its first use on a page opened on this address):
    // that waits until the prototype is on screen. The watch's first reading tells of any
    // change made meanwhile.
    whenPageIdle(() => {
      if (generation !== mine) return;
      stopWatching = watchPrototypeRevision(id, onStoredRevision);
      void verifyOpened(id, mine);
    });
  } catch (error) {
    if (generation !== mine) return;
    const errorKind = error instanceof StorageError ? error.kind : 'unknown';
    useEditorStore.setState({ load: { state: 'error', errorKind } });
  }
}

/**
 * Opens again the prototype whose opening failed: « Réessayer », or the network back. Only
 * an opening that showed nothing: a prototype shown, then found unreadable, has listeners,
 * a watch and maybe edits that a close must take care of.
 */
export function retryOpening(): Promise<void> {
  const id = openedId;
  const { load, prototype } = useEditorStore.getState();
  if (!id || load.state !== 'error' || prototype) return Promise.resolve();
  openedId = undefined;
  return openPrototype(id);
}

/**
 * Runs `then` once the page is next idle (usually once the prototype's screen is drawn),
 * or after a second at the latest; at once where browsers have no idle callbacks.
 */
function whenPageIdle(then: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(then, { timeout: 1000 });
  else setTimeout(then, 0);
}

/**
 * The prototype was shown as stored: its full read follows. Should the row fail it, the
 * editor says the prototype cannot be read, as if it had failed first, and saves stop (the
 * repository refuses them: the row is kept as it is). A check that could not run (its
 * code did not load: the network dropped before the service worker kept it) says nothing
 * of the row: the prototype stays on screen, and the next save runs the check again.
 */
async function verifyOpened(id: string, mine: number): Promise<void> {
  try {
    await verifyOpenedPrototype(id);
  } catch (error) {
    const rowFailed = error instanceof StorageError && error.kind === 'unreadable';
    if (generation !== mine || !rowFailed) return;
    cancelScheduledSave();
    useEditorStore.setState({ load: { state: 'error', errorKind: 'unreadable' } });
  }
}

/** Saves what is pending and forgets the open prototype. */
export function closePrototype(): Promise<void> {
  if (!openedId) return closing;
  generation++;
  openedId = undefined;
  // A link's request to show something belongs to the prototype it was made in.
  clearReveal();
  stopWatching?.();
  stopWatching = undefined;
  listenToPageLifecycle(false);
  forgetUnsavedCopy();
  closing = flushSave().finally(() => {
    // What could not be stored (an error, another tab's save, a deletion) is kept in the
    // journal, and offered again when the prototype is next opened.
    if (hasUnstoredChanges() && journalUnstoredChanges()) {
      notify({ tone: 'error', messageKey: 'autosave.keptInBrowser' });
    }
    if (openedId === undefined) useEditorStore.setState(initialEditorState);
  });
  return closing;
}

/** Another tab (or an import) changed the stored prototype. */
function onStoredRevision(revision: number | undefined) {
  const { save, baseRevision } = useEditorStore.getState();
  if (revision === undefined) {
    cancelScheduledSave();
    useEditorStore.setState({ save: { state: 'missing' } });
    return;
  }
  if (save.state === 'missing') {
    // Back from the bin (the deletion was undone): saving can resume where it was, unless
    // the prototype changed meanwhile.
    if (revision === baseRevision) {
      useEditorStore.setState({ save: { state: 'pending' } });
      scheduleSave();
    } else {
      useEditorStore.setState({ save: { state: 'conflict' } });
    }
    return;
  }
  // Our own write: the save under way will move baseRevision to it.
  if (revision <= baseRevision || save.state === 'saving') return;
  if (save.state === 'saved') {
    void reloadFromStorage('autosave.updatedElsewhere');
  } else {
    cancelScheduledSave();
    useEditorStore.setState({ save: { state: 'conflict' } });
  }
}

/** Drops what this tab has not saved and takes the stored prototype. */
export async function reloadFromStorage(messageKey = 'autosave.reloaded'): Promise<void> {
  const id = openedId;
  const mine = generation;
  if (!id) return;
  try {
    const stored = await loadPrototype(id);
    // Another prototype was opened meanwhile: this one must not replace it.
    if (generation !== mine) return;
    if (!stored) {
      useEditorStore.setState({ save: { state: 'missing' } });
      return;
    }
    cancelScheduledSave();
    clearJournal(id);
    useEditorStore.setState({
      prototype: stored,
      baseRevision: stored.revision,
      history: emptyHistory,
      save: { state: 'saved' },
    });
    notify({ tone: 'info', messageKey, timeoutMs: 5000 });
  } catch (error) {
    if (generation !== mine) return;
    const errorKind = error instanceof StorageError ? error.kind : 'unknown';
    useEditorStore.setState({ save: { state: 'error', errorKind } });
  }
}

/** Tries again after a storage error. */
export function retrySave(): Promise<void> {
  return flushSave();
}
