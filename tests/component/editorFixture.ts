import { createPrototype } from '../../src/domain/prototype/create';
import type { Prototype } from '../../src/domain/prototype/schema';
import { initialEditorState, useEditorStore } from '../../src/state/editorStore';

/** Opens a new « Carte de stationnement » prototype in the editor, with `fields` set on it. */
export function openPrototype(fields: Partial<Prototype> = {}) {
  const prototype = createPrototype('Carte de stationnement', new Date());
  useEditorStore.setState({
    ...initialEditorState,
    prototype: { ...prototype, ...fields },
    load: { state: 'ready' },
  });
}
