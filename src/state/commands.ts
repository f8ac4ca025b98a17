import { CommandRefusedError, type Command } from '../domain/commands';
import { contentKeys } from '../domain/prototype/model';
import type { Prototype } from '../domain/prototype/schema';
import { scheduleSave } from './autosave';
import { useEditorStore, type SaveState } from './editorStore';
import * as history from './history';
import { liveUndoProvider } from './liveUndo';
import { notify } from './notifications';
import { currentLiveUndo } from './liveSession';

/** Saves are refused while another tab's version is unresolved: keep editing blocked from storage, not from the user. */
const blockedStates: SaveState[] = ['conflict', 'missing'];

function commit(prototype: Prototype, nextHistory: history.History) {
  const { save } = useEditorStore.getState();
  const saveState = blockedStates.includes(save.state) ? save : { state: 'pending' as const };
  useEditorStore.setState({ prototype, history: nextHistory, save: saveState });
  if (saveState.state === 'pending') scheduleSave();
}

/**
 * Applies a command to the open prototype and records it for undo. A command that would
 * break an invariant changes nothing and tells the user why. `live` is set by an editor
 * with its own undo history that made the change (see `liveUndo.ts`).
 * Returns whether the prototype changed.
 */
export function execute(command: Command, at: number = Date.now(), live?: object): boolean {
  const { prototype, history: past } = useEditorStore.getState();
  if (!prototype) return false;
  let next: Prototype;
  try {
    next = command.apply(prototype);
  } catch (error) {
    if (!(error instanceof CommandRefusedError)) throw error;
    notify({ tone: 'error', messageKey: error.reason, params: error.params, timeoutMs: 6000 });
    return false;
  }
  if (next === prototype) return false;
  commit(next, history.record(past, prototype, command.mergeKey, at, live));
  return true;
}

/**
 * One step back or forth along the timeline, whoever made the change: an open editor
 * that made it takes it back itself, and every other step restores its snapshot.
 */
function move(direction: 'undo' | 'redo'): void {
  const { prototype, history: past } = useEditorStore.getState();
  const result = prototype && history[direction](past, prototype);
  if (!result) return;
  if (result.live) liveUndoProvider()?.[direction](result.live, result.prototype);
  commit(result.prototype, result.history);
}

/** On a shared prototype, each person's undo takes back only their own changes. */
export function undo(): void {
  const live = currentLiveUndo();
  if (live) live.undo();
  else move('undo');
}

export function redo(): void {
  const live = currentLiveUndo();
  if (live) live.redo();
  else move('redo');
}

/**
 * An "Undo" for the change just made, for a message's button: a message may stay on
 * screen while other changes follow, and its button must not undo one of those instead.
 * Call it right after `execute`.
 */
export function undoOfLastChange(): () => void {
  const step = useEditorStore.getState().history.past.at(-1);
  return () => {
    const { history: now, prototype } = useEditorStore.getState();
    if (step !== undefined && now.past.at(-1) === step) undo();
    else if (step !== undefined && prototype && sameContent(prototype, step.prototype)) {
      // Already taken back, with Ctrl+Z or the bar's button.
      notify({ tone: 'info', messageKey: 'undoAlreadyDone', timeoutMs: 4000 });
    } else notify({ tone: 'error', messageKey: 'undoTooLate', timeoutMs: 6000 });
  };
}

/** Whether two prototypes hold the same content (commands share unchanged parts). */
function sameContent(a: Prototype, b: Prototype): boolean {
  return contentKeys.every((key) => a[key] === b[key]);
}
