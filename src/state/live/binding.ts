import type * as Y from 'yjs';
import { shareUnchanged } from '../../domain/live/json';
import {
  holdsPrototype,
  localKeys,
  readPrototype,
  writePrototype,
} from '../../domain/live/sharedDoc';
import { prototypeSchema, type Prototype } from '../../domain/prototype/schema';
import { scheduleSave } from '../autosave';
import { useEditorStore } from '../editorStore';

/** The origin of this browser's own changes to the shared document: what its undo takes back. */
export const LOCAL = Symbol('local change');

export interface Binding {
  /** Writes the open prototype into the shared document (the referent's first share). */
  publish(): void;
  /** Takes the shared document's content into the open prototype. */
  pull(): void;
  stop(): void;
}

function bookkeepingOf(prototype: Prototype) {
  return Object.fromEntries(
    localKeys.filter((key) => prototype[key] !== undefined).map((key) => [key, prototype[key]]),
  );
}

/**
 * Keeps the open prototype and the shared document in step: every command's result is
 * written to the document (only what changed), and every change from elsewhere (another
 * person, this person's undo) comes back as a new prototype that shares its unchanged
 * parts, is saved locally, and re-renders only what changed.
 * `mayWrite` can hold back a change (the diagram while someone else edits it).
 */
export function bindPrototype(
  doc: Y.Doc,
  prototypeId: string,
  filter: (next: Prototype, shared: () => Record<string, unknown>) => Prototype,
  onInvalid: () => void,
): Binding {
  let lastWritten: Prototype | null = null;
  let applying = false;

  const current = () => {
    const prototype = useEditorStore.getState().prototype;
    return prototype?.id === prototypeId ? prototype : null;
  };

  function write(prototype: Prototype) {
    const allowed = filter(prototype, () => readPrototype(doc));
    writePrototype(doc, allowed, LOCAL);
    lastWritten = prototype;
    if (allowed !== prototype) pull();
  }

  function pull() {
    const prototype = current();
    if (!prototype || !holdsPrototype(doc)) return;
    const candidate = { ...readPrototype(doc), ...bookkeepingOf(prototype) };
    if (!prototypeSchema.safeParse(candidate).success) {
      onInvalid();
      return;
    }
    const next = shareUnchanged(prototype, candidate as Prototype);
    if (next === prototype) return;
    applying = true;
    try {
      const { save } = useEditorStore.getState();
      const blocked = save.state === 'conflict' || save.state === 'missing';
      useEditorStore.setState({ prototype: next, save: blocked ? save : { state: 'pending' } });
      lastWritten = next;
    } finally {
      applying = false;
    }
    scheduleSave();
  }

  const unsubscribe = useEditorStore.subscribe((state) => {
    const prototype = state.prototype;
    if (applying || !prototype || prototype.id !== prototypeId || prototype === lastWritten) return;
    write(prototype);
  });

  let pending = false;
  const onTransaction = (transaction: Y.Transaction) => {
    if (transaction.origin === LOCAL || transaction.changed.size === 0 || pending) return;
    // Several transactions arriving together (a sync) are read once.
    pending = true;
    queueMicrotask(() => {
      pending = false;
      pull();
    });
  };
  doc.on('afterTransaction', onTransaction);

  return {
    publish() {
      const prototype = current();
      if (prototype) {
        writePrototype(doc, prototype, 'publish');
        lastWritten = prototype;
      }
    },
    pull,
    stop() {
      unsubscribe();
      doc.off('afterTransaction', onTransaction);
    },
  };
}
