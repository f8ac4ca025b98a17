import { act } from '@testing-library/react';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Page } from '../../../src/domain/form/schema';
import { findField } from '../../../src/domain/form/fields';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { useEditorStore } from '../../../src/state/editorStore';
import { emptyHistory } from '../../../src/state/history';
import { selectInDesigner } from '../../../src/features/form-designer/state/designerStore';

export { field } from '../../unit/form/builders';

/** Opens a prototype with these pages in the editor store, with `selected` selected. */
export function openForm(pages: Page[], selected?: string): void {
  const prototype = {
    ...createPrototype('Carte', new Date('2026-11-23T09:00:00Z'), 'p1'),
    form: { pages },
  };
  useEditorStore.setState({
    prototype,
    load: { state: 'ready' },
    history: emptyHistory,
    save: { state: 'saved' },
  });
  act(() => selectInDesigner(selected ? { kind: 'field', id: selected } : undefined));
}

export const stored = (id: string) => findField(useEditorStore.getState().prototype!.form, id);
export const storedForm = () => useEditorStore.getState().prototype!.form;

export function resetStores(): void {
  cancelScheduledSave();
  selectInDesigner(undefined);
}
