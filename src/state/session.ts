import { loadPrototype, watchPrototypeRevision } from '../storage/prototypeRepository';
import { StorageError } from '../storage/errors';
import { clearJournal } from '../storage/journal';
import { cancelScheduledSave, flushSave, saveBeforeLeaving, scheduleSave } from './autosave';
import { initialEditorState, useEditorStore } from './editorStore';
import { emptyHistory } from './history';
import { notify } from './notifications';
import { recoverJournal } from './recovery';
import { clearReveal } from './selection';

let stopWatching: (() => void) | undefined;
/** Bumped by every open and close, so that a load that finishes late is ignored. */
let generation = 0;
let openedId: string | undefined;
let closing: Promise<void> = Promise.resolve();

function onPageHidden() {
  if (document.visibilityState === 'hidden') saveBeforeLeaving();
}

function listenToPageLifecycle(on: boolean) {
  const method = on ? 'addEventListener' : 'removeEventListener';
  window[method]('pagehide', saveBeforeLeaving);
  document[method]('visibilitychange', onPageHidden);
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
    const stored = await loadPrototype(id);
    if (generation !== mine) return;
    if (!stored) {
      useEditorStore.setState({ load: { state: 'not-found' } });
      return;
    }
    const recovery = recoverJournal(stored);
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
      clearJournal(id);
      notify({ tone: 'error', messageKey: 'autosave.staleJournal' });
    }
    stopWatching = watchPrototypeRevision(id, onStoredRevision);
    listenToPageLifecycle(true);
  } catch (error) {
    if (generation !== mine) return;
    const errorKind = error instanceof StorageError ? error.kind : 'unknown';
    useEditorStore.setState({ load: { state: 'error', errorKind } });
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
  closing = flushSave().finally(() => {
    if (openedId === undefined) useEditorStore.setState(initialEditorState);
  });
  return closing;
}

/** Another tab (or an import) changed the stored prototype. */
function onStoredRevision(revision: number | undefined) {
  const { save, baseRevision } = useEditorStore.getState();
  if (revision === undefined) {
    useEditorStore.setState({ save: { state: 'missing' } });
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
  if (!id) return;
  try {
    const stored = await loadPrototype(id);
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
    const errorKind = error instanceof StorageError ? error.kind : 'unknown';
    useEditorStore.setState({ save: { state: 'error', errorKind } });
  }
}

/** Tries again after a storage error. */
export function retrySave(): Promise<void> {
  return flushSave();
}
