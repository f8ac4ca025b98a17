import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addProcessRole, setProcessXml } from '../../../src/domain/process/commands';
import { createPrototype } from '../../../src/domain/prototype/create';
import { CommandRefusedError } from '../../../src/domain/commands';
import { execute, redo, undo } from '../../../src/state/commands';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';

const current = () => useEditorStore.getState().prototype!;

beforeEach(() => {
  useEditorStore.setState({
    ...initialEditorState,
    prototype: createPrototype('Carte', new Date('2026-11-23T09:00:00.000Z')),
    load: { state: 'ready' },
  });
});

afterEach(() => cancelScheduledSave());

describe('setProcessXml', () => {
  it('stores the diagram, and undo / redo go back and forth', () => {
    const before = current().process.bpmnXml;
    execute(setProcessXml({ xml: '<bpmn:definitions/>' }));
    expect(current().process.bpmnXml).toBe('<bpmn:definitions/>');
    undo();
    expect(current().process.bpmnXml).toBe(before);
    redo();
    expect(current().process.bpmnXml).toBe('<bpmn:definitions/>');
  });

  it('makes each save its own undo step, and changes nothing for the same XML', () => {
    const prototype = current();
    expect(setProcessXml({ xml: prototype.process.bpmnXml }).apply(prototype)).toBe(prototype);
    execute(setProcessXml({ xml: 'a' }), 1000);
    execute(setProcessXml({ xml: 'b' }), 1500);
    expect(useEditorStore.getState().history.past).toHaveLength(2);
  });
});

describe('addProcessRole', () => {
  it('adds a trimmed role once, and undo / redo remove and restore it', () => {
    const before = current().process.roles;
    execute(addProcessRole({ name: '  Secrétariat  ' }));
    expect(current().process.roles).toEqual([...before, 'Secrétariat']);
    expect(execute(addProcessRole({ name: 'Secrétariat' }))).toBe(false);
    undo();
    expect(current().process.roles).toEqual(before);
    redo();
    expect(current().process.roles).toEqual([...before, 'Secrétariat']);
  });

  it('refuses a blank role', () => {
    expect(() => addProcessRole({ name: '   ' }).apply(current())).toThrow(CommandRefusedError);
  });
});
