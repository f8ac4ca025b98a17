import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addProcessRole, setProcessXml } from '../../../src/domain/process/commands';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { execute, redo, undo } from '../../../src/state/commands';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import { provideLiveUndo } from '../../../src/state/liveUndo';

// A fake editor with its own history, as bpmn-js is: it records which of its changes it
// is asked to take back or replay, and what the app shows afterwards.
const calls: string[] = [];
const provider = {
  undo: (live: object, target: Prototype) =>
    calls.push(`undo ${(live as { name: string }).name} → ${target.process.bpmnXml}`),
  redo: (live: object, target: Prototype) =>
    calls.push(`redo ${(live as { name: string }).name} → ${target.process.bpmnXml}`),
};
let removeProvider: () => void;

const current = () => useEditorStore.getState().prototype!;
const drawn = (xml: string, name: string) => execute(setProcessXml({ xml }), Date.now(), { name });

beforeEach(() => {
  calls.length = 0;
  useEditorStore.setState({
    ...initialEditorState,
    prototype: { ...createPrototype('Carte', new Date()), process: { bpmnXml: 'd0', roles: [] } },
    load: { state: 'ready' },
  });
  removeProvider = provideLiveUndo(provider);
});

afterEach(() => {
  removeProvider();
  cancelScheduledSave();
});

describe('one timeline for the diagram and the app', () => {
  it('undoes a role added then set on a task in reverse order: the diagram, then the role', () => {
    execute(addProcessRole({ name: 'Archiviste' }));
    drawn('d1', 'role on task');

    undo();
    expect(calls).toEqual(['undo role on task → d0']);
    expect(current().process).toEqual({ bpmnXml: 'd0', roles: ['Archiviste'] });
    undo();
    expect(calls).toHaveLength(1);
    expect(current().process).toEqual({ bpmnXml: 'd0', roles: [] });
    expect(useEditorStore.getState().history.past).toHaveLength(0);

    redo();
    redo();
    expect(calls).toEqual(['undo role on task → d0', 'redo role on task → d1']);
    expect(current().process).toEqual({ bpmnXml: 'd1', roles: ['Archiviste'] });
  });

  it('records nothing when the editor takes a change back, so redo stays', () => {
    drawn('d1', 'a');
    drawn('d2', 'b');
    undo();
    undo();
    expect(useEditorStore.getState().history.future).toHaveLength(2);
    redo();
    expect(calls.at(-1)).toBe('redo a → d1');
    expect(useEditorStore.getState().history.future).toHaveLength(1);
  });

  it('restores the snapshots once the editor is gone, in the same order', () => {
    drawn('d1', 'a');
    execute(addProcessRole({ name: 'Archiviste' }));
    drawn('d2', 'b');
    undo();
    removeProvider();

    undo();
    expect(current().process).toEqual({ bpmnXml: 'd1', roles: [] });
    undo();
    expect(current().process).toEqual({ bpmnXml: 'd0', roles: [] });
    redo();
    redo();
    redo();
    expect(current().process).toEqual({ bpmnXml: 'd2', roles: ['Archiviste'] });
    // Only the undo made while the editor was open went to it.
    expect(calls).toEqual(['undo b → d1']);
  });
});
