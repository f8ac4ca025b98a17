import { StrictMode } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { DiagramEditor, DiagramElement } from '../../../src/features/process/editor/types';
import ProcessScreen from '../../../src/features/process/ProcessScreen';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import { requestReveal, useSelection } from '../../../src/state/selection';

const task: DiagramElement = {
  id: 'Task_1',
  type: 'bpmn:UserTask',
  typeLabel: 'Tâche utilisateur',
  isFlowNode: true,
  isSequenceFlow: false,
  name: 'Vérifier',
  notes: '',
};

// bpmn-js cannot run in jsdom: a fake editor whose selectElement selects as bpmn-js would.
let listener: ((element: DiagramElement | undefined) => void) | undefined;
const selectElement = vi.fn((id: string) => {
  if (id !== task.id) return false;
  listener?.(task);
  return true;
});
const loadFake = async () => ({
  createDiagramEditor: (): DiagramEditor =>
    ({
      open: async () => ({ ok: true, warnings: [] }),
      replace: async () => ({ ok: true, warnings: [] }),
      saveXml: async () => '',
      svg: async () => '<svg/>',
      onChange: () => undefined,
      onSelectionChange: (next) => {
        listener = next;
      },
      onDelete: () => undefined,
      undo: vi.fn(),
      redo: vi.fn(),
      selectElement,
      updateElement: vi.fn(),
      connectTargets: () => [],
      connect: () => false,
      insertStep: () => undefined,
      addStepAfter: () => undefined,
      zoom: vi.fn(),
      fitToScreen: vi.fn(),
      showPresence: vi.fn(),
      setReadOnly: vi.fn(),
      setLargeDisplay: vi.fn(),
      focus: vi.fn(),
      destroy: vi.fn(),
    }) satisfies DiagramEditor,
});

beforeEach(() => {
  selectElement.mockClear();
  useEditorStore.setState({
    ...initialEditorState,
    prototype: createPrototype('Carte', new Date('2026-11-23T09:00:00.000Z')),
    load: { state: 'ready' },
  });
});

afterEach(() => {
  cancelScheduledSave();
  useSelection.setState({ step: undefined, selected: undefined, reveal: undefined });
});

describe('ProcessScreen: a link to a process element', () => {
  it('waits for the diagram, then selects the element once and focuses the side panel', async () => {
    requestReveal('process', { kind: 'process-element', id: 'Task_1' });
    render(
      <StrictMode>
        <ProcessScreen loadEditor={loadFake} />
      </StrictMode>,
    );
    await waitFor(() => expect(screen.getByLabelText('Nom')).toHaveValue('Vérifier'));
    expect(selectElement).toHaveBeenCalledOnce();
    expect(selectElement).toHaveBeenCalledWith('Task_1');
    expect(useSelection.getState().reveal).toBeUndefined();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Élément sélectionné' })).toHaveFocus(),
    );
  });
});
