import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readProcessGraph } from '../../../src/domain/process/readGraph';
import { createPrototype } from '../../../src/domain/prototype/create';
import { StartChoice } from '../../../src/features/try-out/StartChoice';
import TryoutScreen from '../../../src/features/try-out/TryoutScreen';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import type { TryoutRow } from '../../../src/storage/db';
import * as repository from '../../../src/storage/tryoutRepository';

vi.mock('../../../src/storage/tryoutRepository', () => ({
  watchTryout: vi.fn((_id: string, change: (row: TryoutRow | undefined) => void) => {
    change(undefined);
    return () => undefined;
  }),
  saveTryout: vi.fn(() => Promise.resolve()),
  deleteTryout: vi.fn(() => Promise.resolve()),
}));

const processXml = (starts: string) => `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process">
    ${starts}
    <bpmn:userTask id="Check" name="Vérifier" />
    <bpmn:userTask id="Scan" name="Numériser le courrier" />
    <bpmn:endEvent id="End" />
    <bpmn:sequenceFlow id="F1" sourceRef="Online" targetRef="Check" />
    <bpmn:sequenceFlow id="F2" sourceRef="Post" targetRef="Scan" />
    <bpmn:sequenceFlow id="F3" sourceRef="Scan" targetRef="Check" />
    <bpmn:sequenceFlow id="F4" sourceRef="Check" targetRef="End" />
  </bpmn:process>
</bpmn:definitions>`;

function openWith(starts: string) {
  const prototype = createPrototype('Carte', new Date('2026-11-23T09:00:00.000Z'));
  prototype.form = { ...prototype.form, pages: [{ id: 'p1', title: 'Vous', fields: [] }] };
  prototype.process = { ...prototype.process, bpmnXml: processXml(starts) };
  useEditorStore.setState({ ...initialEditorState, prototype, load: { state: 'ready' } });
  render(<TryoutScreen />);
}

async function send() {
  await userEvent.click(screen.getByRole('button', { name: 'Vérifier mes réponses' }));
  await userEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
}

const startedOn = () =>
  vi
    .mocked(repository.saveTryout)
    .mock.calls.at(-1)?.[0]
    .run.tokens.map((token) => token.elementId);

beforeEach(() => vi.clearAllMocks());
afterEach(() => cancelScheduledSave());

describe('TryoutScreen', () => {
  it('asks where the request comes in when the process has several starts', async () => {
    openWith('<bpmn:startEvent id="Online" name="En ligne" /><bpmn:startEvent id="Post" />');
    const choice = await screen.findByRole('group', { name: 'Par où arrive la demande ?' });
    expect(choice).toHaveAccessibleDescription(/plusieurs événements de début/);
    const online = screen.getByRole('radio', { name: 'En ligne' });
    expect(online).toBeChecked();
    // Keyboard: the arrow keys move the choice, as radio buttons do.
    online.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Début sans nom' })).toBeChecked();
    await send();
    expect(startedOn()).toEqual(['Scan']);
  });

  it('asks nothing when the process has a single start', async () => {
    const starts = '<bpmn:startEvent id="Online" name="En ligne" />';
    openWith(starts);
    // Read once more here: the screen's own reading, started first, is done by then.
    await act(async () => void (await readProcessGraph(processXml(starts))));
    expect(screen.queryByRole('radio')).toBeNull();
    await send();
    expect(startedOn()).toEqual(['Check']);
  });

  it('tells apart starts of the same name', () => {
    const start = (id: string, name: string) => ({ id, name, kind: 'start' as const, type: '' });
    render(
      <StartChoice
        starts={[start('a', ''), start('b', 'Courrier'), start('c', ' ')]}
        chosenId="b"
        onChoose={() => undefined}
      />,
    );
    expect(screen.getByRole('radio', { name: 'Courrier' })).toBeChecked();
    for (const name of ['Début sans nom (1)', 'Courrier', 'Début sans nom (2)'])
      expect(screen.getByRole('radio', { name })).toBeVisible();
  });
});
