import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';

type Field = Prototype['form']['pages'][number]['fields'][number];

/** A prototype whose form asks for a last name, open in the editor store. */
export function openPrototypeWithField(): Prototype {
  const base = createPrototype('Carte de stationnement', new Date('2026-11-23T09:00:00Z'));
  const field = { id: 'f-name', key: 'nom', type: 'shortText', label: 'Nom de famille' } as Field;
  const prototype = {
    ...base,
    form: { pages: [{ ...base.form.pages[0]!, fields: [field] }] },
  };
  useEditorStore.setState({ ...initialEditorState, prototype, load: { state: 'ready' } });
  return prototype;
}

export const current = () => useEditorStore.getState().prototype!;

export function stopAutosave(): void {
  cancelScheduledSave();
}
