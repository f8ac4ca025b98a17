// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runUndo } from '../../../src/app/prototype/useUndoShortcuts';
import { addProcessRole, setProcessXml } from '../../../src/domain/process/commands';
import { createPrototype } from '../../../src/domain/prototype/create';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { execute } from '../../../src/state/commands';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import { provideUndo } from '../../../src/state/undoScope';

// The processing step's provider, as bpmn-js would be: its changes are those of the XML.
const diagram = {
  undo: vi.fn(),
  redo: vi.fn(),
  owns: (from: { process: { bpmnXml: string } }, to: { process: { bpmnXml: string } }) =>
    from.process.bpmnXml !== to.process.bpmnXml,
};
let removeProvider: () => void;

beforeEach(() => {
  useEditorStore.setState({
    ...initialEditorState,
    prototype: createPrototype('Carte', new Date()),
    load: { state: 'ready' },
  });
  removeProvider = provideUndo(diagram);
});

afterEach(() => {
  removeProvider();
  cancelScheduledSave();
  vi.clearAllMocks();
});

const roles = () => useEditorStore.getState().prototype!.process.roles;

describe('undo while a step has its own history', () => {
  it('goes to the step for its own changes, and to the prototype for the others', () => {
    execute(setProcessXml({ xml: '<definitions id="edited"/>' }));
    execute(addProcessRole({ name: 'Agent d’accueil' }));

    // The last change is a role added to the list: the app takes it back.
    runUndo('undo');
    expect(roles()).not.toContain('Agent d’accueil');
    expect(diagram.undo).not.toHaveBeenCalled();

    // Then the diagram's own change: bpmn-js takes it back, keeping its history right.
    runUndo('undo');
    expect(diagram.undo).toHaveBeenCalledOnce();

    runUndo('redo');
    expect(diagram.redo).not.toHaveBeenCalled();
    expect(roles()).toContain('Agent d’accueil');
  });
});
