import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { useEditorStore } from '../../../src/state/editorStore';
import { emptyHistory } from '../../../src/state/history';

/**
 * Form fields carrying only what the tracking step reads (id, key, label, type): the
 * form's own model is richer, and owned by the form designer.
 */
export function withFields(
  prototype: Prototype,
  fields: {
    id: string;
    key: string;
    type: string;
    label: string;
    options?: { id: string; value: string; label: string }[];
  }[],
): Prototype {
  const form = { pages: [{ id: 'page-1', title: 'Votre demande', fields }] };
  return { ...prototype, form: form as unknown as Prototype['form'] };
}

/** Opens a prototype in the editor store, as the app does before showing a step. */
export function openInStore(
  prototype: Prototype = createPrototype('Carte', new Date()),
): Prototype {
  useEditorStore.setState({
    prototype,
    load: { state: 'ready' },
    history: emptyHistory,
    save: { state: 'saved' },
  });
  return prototype;
}

export const current = () => {
  const { prototype } = useEditorStore.getState();
  if (!prototype) throw new Error('No prototype is open.');
  return prototype;
};
