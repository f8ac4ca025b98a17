import { useEditorStore, type SaveState } from './editorStore';

/** Save states in which closing the tab loses changes (an error, a conflict, a deletion). */
const unsafe: ReadonlySet<SaveState> = new Set(['error', 'conflict', 'missing']);

function askFirst(event: BeforeUnloadEvent) {
  event.preventDefault();
}

/**
 * Asks before closing the tab while changes cannot be stored, with a beforeunload listener
 * added only then: while one is there, every navigation away from the page (a reload, a
 * link) first waits for the page's answer, a round trip of ~3 ms traced. Returns the
 * function that stops guarding.
 */
export function guardLeavingWhileUnsaved(): () => void {
  let asking = false;
  const follow = (save: SaveState) => {
    if (unsafe.has(save) === asking) return;
    asking = !asking;
    if (asking) window.addEventListener('beforeunload', askFirst);
    else window.removeEventListener('beforeunload', askFirst);
  };
  follow(useEditorStore.getState().save.state);
  const unsubscribe = useEditorStore.subscribe((state) => follow(state.save.state));
  return () => {
    unsubscribe();
    follow('saved');
  };
}
