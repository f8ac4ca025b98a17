import type { Command } from '../domain/commands';
import { storeNow } from './autosave';
import { execute } from './commands';
import { useEditorStore } from './editorStore';
import { emptyHistory } from './history';
import { notify } from './notifications';

/**
 * Applies a milestone (submission, sign-off, end of a workshop, restore of a version) and
 * stores it at once: the caller announces it, or hands its file on, only when this
 * resolves to true, so a reload or a killed tab right after the announcement finds it.
 *
 * When storage refuses it, the milestone is taken back on screen (unless something else
 * was changed meanwhile), nothing is announced, and the user is told; the save indicator
 * says why and offers to try again.
 */
export async function storeMilestone(
  command: Command,
  options: { undoable: boolean },
): Promise<boolean> {
  const before = useEditorStore.getState();
  if (!execute(command)) return false;
  // A file that has left this browser is not taken back by undo: the prototype would no
  // longer agree with it.
  if (!options.undoable) useEditorStore.setState({ history: emptyHistory });
  const after = useEditorStore.getState().prototype;
  if (await storeNow()) return true;
  const now = useEditorStore.getState();
  if (now.prototype === after && before.prototype && after) {
    useEditorStore.setState({
      prototype: { ...before.prototype, revision: after.revision, updatedAt: after.updatedAt },
      history: before.history,
    });
  }
  notify({ tone: 'error', messageKey: 'milestone.notStored' });
  return false;
}
