import { savePrototype } from '../storage/prototypeRepository';
import { StorageError } from '../storage/errors';
import { clearJournal, writeJournal } from '../storage/journal';
import { perfMarks } from '../domain/perfMarks';
import { useEditorStore } from './editorStore';
import { holdTabLock, thisTab } from './tabLock';

/** A change is written this long after typing pauses… */
export const SAVE_DELAY_MS = 300;
/** …and never later than this after the first unsaved change, so nothing waits over a second. */
export const SAVE_MAX_WAIT_MS = 800;
/**
 * Unsaved changes also go to the synchronous journal this soon after the first change of
 * each write: a tab that is killed (crash, memory, task manager) fires no event, and its
 * IndexedDB write may be queued behind a busy disk. Once per write while writes land, not
 * every 150 ms: for a 1 000-field form the copy takes ~15 ms, which a keystroke would
 * otherwise wait behind several times a second; a killed tab then loses at most the typing
 * of the write under way (under a second). A write still under way after this delay, or
 * one that fails, journals what it holds and what follows it.
 */
export const JOURNAL_DELAY_MS = 150;

let delayTimer: ReturnType<typeof setTimeout> | undefined;
let maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
let journalTimer: ReturnType<typeof setTimeout> | undefined;
/** The prototype whose changes since its last write started are already journaled once. */
let journaledFor: string | undefined;
/** Set while a write has been under way longer than the journal's delay, or has failed. */
let writesLag = false;
let inFlight: Promise<void> | undefined;
/** The revision and time the write under way will store, for the journal. */
let writing: { revision: number; updatedAt: string } | undefined;

function clearTimers() {
  clearTimeout(delayTimer);
  clearTimeout(maxWaitTimer);
  delayTimer = maxWaitTimer = undefined;
}

function scheduleWrite() {
  clearTimeout(delayTimer);
  delayTimer = setTimeout(() => void flushSave(), SAVE_DELAY_MS);
  maxWaitTimer ??= setTimeout(() => void flushSave(), SAVE_MAX_WAIT_MS);
}

const openId = () => useEditorStore.getState().prototype?.id;

/** Called after every change: saves once typing pauses, or after the maximum wait. */
export function scheduleSave(): void {
  scheduleWrite();
  if (journaledFor === openId() && !writesLag) return;
  journalTimer ??= setTimeout(() => {
    journalTimer = undefined;
    if (journalUnstoredChanges() && !inFlight) journaledFor = openId();
  }, JOURNAL_DELAY_MS);
}

function cancelJournalTimer() {
  clearTimeout(journalTimer);
  journalTimer = undefined;
}

export function cancelScheduledSave(): void {
  clearTimers();
  cancelJournalTimer();
  journaledFor = undefined;
}

const hasUnsavedChanges = () => {
  const { save } = useEditorStore.getState();
  return save.state === 'pending' || save.state === 'error';
};

/** Writes the open prototype now if it has unsaved changes; resolves when stored. */
export async function flushSave(): Promise<void> {
  clearTimers();
  if (inFlight) {
    await inFlight;
    if (hasUnsavedChanges()) await flushSave();
    return;
  }
  if (!hasUnsavedChanges()) return;
  inFlight = writeOnce().finally(() => {
    inFlight = undefined;
  });
  await inFlight;
}

async function writeOnce(): Promise<void> {
  const { prototype: snapshot, baseRevision } = useEditorStore.getState();
  if (!snapshot) return;
  useEditorStore.setState({ save: { state: 'saving' } });
  journaledFor = undefined;
  const started = performance.now();
  const now = new Date();
  writing = { revision: baseRevision + 1, updatedAt: now.toISOString() };
  // Stuck behind a busy disk: what it holds goes to the journal, and what follows it.
  const lagging = setTimeout(() => {
    writesLag = true;
    journalUnstoredChanges();
  }, JOURNAL_DELAY_MS);
  try {
    const outcome = await savePrototype(snapshot, baseRevision, now);
    performance.measure(perfMarks.save, { start: started, end: performance.now() });
    if (outcome.kind !== 'saved') {
      useEditorStore.setState({
        save: { state: outcome.kind === 'conflict' ? 'conflict' : 'missing' },
      });
      return;
    }
    const { revision, updatedAt } = outcome.prototype;
    const current = useEditorStore.getState().prototype;
    const changedMeanwhile = current !== snapshot;
    useEditorStore.setState({
      baseRevision: revision,
      prototype: current && { ...current, revision, updatedAt },
      save: { state: changedMeanwhile ? 'pending' : 'saved' },
    });
    writesLag = false;
    if (changedMeanwhile) {
      // The journal now builds on the revision just stored, so a tab killed before the
      // next write replays its changes instead of offering them as a stale copy.
      cancelJournalTimer();
      if (journalUnstoredChanges()) journaledFor = snapshot.id;
      scheduleWrite();
    } else clearJournal(snapshot.id);
  } catch (error) {
    const errorKind = error instanceof StorageError ? error.kind : 'unknown';
    useEditorStore.setState({ save: { state: 'error', errorKind } });
    // Not stored: the journal is the only copy, of this and of what follows.
    writesLag = true;
    journalUnstoredChanges();
  } finally {
    clearTimeout(lagging);
    writing = undefined;
  }
}

/**
 * Stores the open prototype now, with whatever is pending, and says whether it is stored:
 * a milestone is announced only once this is true.
 */
export async function storeNow(): Promise<boolean> {
  await flushSave();
  // Changes made while the write was under way are written too.
  while (useEditorStore.getState().save.state === 'pending') await flushSave();
  return useEditorStore.getState().save.state === 'saved';
}

/** Whether the open prototype has changes that are not stored (and may never be, here). */
export function hasUnstoredChanges(): boolean {
  const { prototype, save } = useEditorStore.getState();
  return prototype !== undefined && save.state !== 'saved';
}

/** Keeps what is on screen in the synchronous journal, to be offered when it opens again. */
export function journalUnstoredChanges(): boolean {
  const { prototype, baseRevision } = useEditorStore.getState();
  if (!prototype || !hasUnstoredChanges()) return false;
  holdTabLock();
  return writeJournal({
    baseRevision,
    prototype,
    tab: thisTab,
    ...(writing ? { writing } : {}),
  });
}

/**
 * When the tab is hidden or closed, an IndexedDB write may never complete: the unsaved
 * state goes to the synchronous journal first, then the write is attempted.
 */
export function saveBeforeLeaving(): void {
  if (journalUnstoredChanges()) void flushSave();
}
