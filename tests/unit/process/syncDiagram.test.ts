import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addProcessRole } from '../../../src/domain/process/commands';
import { createPrototype } from '../../../src/domain/prototype/create';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { execute, redo, undo } from '../../../src/state/commands';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import type { DiagramChangeCause, DiagramEditor } from '../../../src/features/process/editor/types';
import { syncDiagram, type DiagramSync } from '../../../src/features/process/syncDiagram';

/**
 * bpmn-js as far as the sync sees it: a command stack over the XML, which is read when
 * `saveXml` is called and arrives a moment later, and which an import starts afresh.
 * A text containing "partial" is read only in part: bpmn-js then holds less than the text.
 */
function fakeBpmnJs(xml: string) {
  let states = [xml];
  let index = 0;
  const listeners: ((cause: DiagramChangeCause) => void)[] = [];
  const fire = (cause: DiagramChangeCause) => listeners.forEach((listener) => listener(cause));
  const imports: string[] = [];
  let writes = 0;
  const open = async (opened: string) => {
    const partial = opened.includes('partial');
    states = [partial ? `held of ${opened}` : opened];
    index = 0;
    imports.push(opened);
    return { ok: true as const, warnings: partial ? ['unknown element'] : [] };
  };
  const editor = {
    open,
    replace: async (replacing: string) => {
      const before = states[index] as string;
      const outcome = await open(replacing);
      if (outcome.warnings.length > 0) states = [before];
      return outcome;
    },
    saveXml: () => {
      writes += 1;
      return Promise.resolve(states[index] as string);
    },
    onChange: (listener: (cause: DiagramChangeCause) => void) => listeners.push(listener),
    onDelete: () => undefined,
    undo: () => {
      index -= 1;
      fire('undo');
    },
    redo: () => {
      index += 1;
      fire('redo');
    },
  };
  return {
    editor: editor as unknown as DiagramEditor,
    imports,
    /** How many times the diagram was written out as XML. */
    writes: () => writes,
    shown: () => states[index],
    /** A command of the user's; `same` when it leaves the XML as it was. */
    command(label: string, same = false) {
      states = [
        ...states.slice(0, index + 1),
        same ? (states[index] as string) : `${states[index]}|${label}`,
      ];
      index += 1;
      fire('edit');
    },
  };
}

/** What undo and redo must bring back: the diagram and the roles. */
interface Content {
  xml: string;
  roles: string[];
}
const content = (): Content => {
  const { process } = useEditorStore.getState().prototype!;
  return { xml: process.bpmnXml, roles: process.roles };
};
/** The end of the task: the XML read meanwhile has arrived. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

/** A small deterministic generator, so that a failing sequence can be played again. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
}

let sync: DiagramSync | undefined;

beforeEach(() => {
  useEditorStore.setState({
    ...initialEditorState,
    prototype: createPrototype('Carte', new Date()),
    load: { state: 'ready' },
  });
});

afterEach(() => {
  sync?.dispose();
  sync = undefined;
  cancelScheduledSave();
});

function open() {
  const bpmnJs = fakeBpmnJs(content().xml);
  sync = syncDiagram(bpmnJs.editor, content().xml, () => {});
  return bpmnJs;
}

describe('the diagram on the app’s one timeline', () => {
  it('undoes the role set on a task, then the role added to the list, then redoes both', async () => {
    const bpmnJs = open();
    const start = content();
    // The panel adds the role to the prototype, then sets it on the task, in one go.
    execute(addProcessRole({ name: 'Archiviste' }));
    bpmnJs.command('role');
    await settle();
    const end = content();
    expect(end.xml).toBe(bpmnJs.shown());

    undo();
    await settle();
    expect(content()).toEqual({ ...start, roles: [...start.roles, 'Archiviste'] });
    expect(bpmnJs.shown()).toBe(start.xml);
    undo();
    await settle();
    expect(content()).toEqual(start);
    redo();
    redo();
    await settle();
    expect(content()).toEqual(end);
    expect(bpmnJs.shown()).toBe(end.xml);
    // bpmn-js took its change back and replayed it itself: nothing was imported.
    expect(bpmnJs.imports).toEqual([]);
    expect(useEditorStore.getState().history.future).toEqual([]);
  });

  it('stores the commands of one task as one step, and a command that changes nothing with the one before', async () => {
    const bpmnJs = open();
    const start = content();
    bpmnJs.command('name');
    bpmnJs.command('role');
    await settle();
    bpmnJs.command('nothing', true);
    await settle();
    expect(useEditorStore.getState().history.past).toHaveLength(1);
    undo();
    await settle();
    expect(content()).toEqual(start);
    expect(bpmnJs.shown()).toBe(start.xml);
  });

  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`plays a mixed sequence in the step, then after leaving it, then back in it (seed ${seed})`, async () => {
      const next = random(seed);
      let bpmnJs = open();
      const past: Content[] = [];
      let future: Content[] = [];
      let count = 0;
      const changed = (before: Content) => {
        past.push(before);
        future = [];
      };
      const play = async (inStep: boolean) => {
        const choice = next(inStep ? 6 : 2);
        const before = content();
        if (choice === 0 && past.length > 0) {
          undo();
          future.unshift(before);
          past.pop();
        } else if (choice === 1 && future.length > 0) {
          redo();
          past.push(before);
          future.shift();
        } else if (choice === 2 || choice === 3) {
          bpmnJs.command(`c${(count += 1)}`);
          changed(before);
        } else if (choice === 4) {
          execute(addProcessRole({ name: `Rôle ${(count += 1)}` }));
          changed(before);
        } else if (choice === 5) {
          execute(addProcessRole({ name: `Rôle ${(count += 1)}` }));
          changed(before);
          const withRole = content();
          bpmnJs.command(`c${count}`);
          changed(withRole);
        }
        await settle();
      };
      const expectOnTimeline = (inStep: boolean) => {
        const { history } = useEditorStore.getState();
        expect(history.past.map((step) => step.prototype.process.bpmnXml)).toEqual(
          past.map((state) => state.xml),
        );
        expect(history.past.map((step) => step.prototype.process.roles)).toEqual(
          past.map((state) => state.roles),
        );
        expect(history.future.map((step) => step.prototype.process.bpmnXml)).toEqual(
          future.map((state) => state.xml),
        );
        if (inStep) expect(bpmnJs.shown()).toBe(content().xml);
      };

      for (let turn = 0; turn < 40; turn++) {
        await play(true);
        expectOnTimeline(true);
      }
      // bpmn-js held every change of this visit: none was shown by importing it again.
      expect(bpmnJs.imports).toEqual([]);

      sync?.dispose();
      for (let turn = 0; turn < 20; turn++) {
        await play(false);
        expectOnTimeline(false);
      }

      bpmnJs = open();
      for (let turn = 0; turn < 40; turn++) {
        await play(true);
        expectOnTimeline(true);
      }
      const first = past[0];
      while (past.length > 0) {
        future.unshift(content());
        past.pop();
        undo();
        await settle();
        expectOnTimeline(true);
      }
      if (first) expect(content()).toEqual(first);
    });
  }
});

describe('a diagram replaced from a file', () => {
  it('stores a file bpmn-js read in full as it came, without writing it out, as one step that undo takes back', async () => {
    const bpmnJs = open();
    const start = content();
    expect(await sync!.replace('<file/>')).toEqual({ ok: true, warnings: [] });
    expect(content().xml).toBe('<file/>');
    expect(bpmnJs.writes()).toBe(0);
    expect(bpmnJs.shown()).toBe('<file/>');
    undo();
    await settle();
    expect(content()).toEqual(start);
    expect(bpmnJs.shown()).toBe(start.xml);
  });

  it('leaves the stored diagram as it was when bpmn-js can read only part of the file', async () => {
    const bpmnJs = open();
    const start = content();
    const outcome = await sync!.replace('<partial/>');
    expect(outcome.warnings).toEqual(['unknown element']);
    expect(content()).toEqual(start);
    expect(bpmnJs.shown()).toBe(start.xml);
    expect(useEditorStore.getState().history.past).toEqual([]);
  });

  it('stores what bpmn-js holds of a file read in part and imported anyway, not the file', async () => {
    const bpmnJs = open();
    await sync!.replace('<partial/>', true);
    expect(content().xml).toBe('held of <partial/>');
    expect(bpmnJs.shown()).toBe('held of <partial/>');
  });
});
