import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readProcessGraph } from '../../../src/domain/process/readGraph';
import { createPrototype } from '../../../src/domain/prototype/create';
import { StartChoice } from '../../../src/features/try-out/StartChoice';
import TryoutScreen from '../../../src/features/try-out/TryoutScreen';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import * as repository from '../../../src/storage/tryoutRepository';
import { downloadFile } from '../../../src/ui/download';

vi.mock('../../../src/ui/download', () => ({ downloadFile: vi.fn() }));

/** What the mocked database holds for the try-out when the screen opens. */
const stored = vi.hoisted(() => ({ now: { kind: 'none' } as repository.StoredTryout }));

vi.mock('../../../src/storage/tryoutRepository', () => ({
  watchTryout: vi.fn((_id: string, change: (stored: repository.StoredTryout) => void) => {
    change(stored.now);
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

beforeEach(() => {
  vi.clearAllMocks();
  stored.now = { kind: 'none' };
});
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

  it('says a stored try-out cannot be read, offers its raw content, and starts anew', async () => {
    const raw = { prototypeId: 'x', code: 42, run: 'abîmé' };
    stored.now = { kind: 'unreadable', raw };
    openWith('<bpmn:startEvent id="Online" name="En ligne" />');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('L’essai enregistré dans ce navigateur ne peut pas être lu');
    await userEvent.click(within(alert).getByRole('button', { name: 'Exporter son contenu brut' }));
    const [fileName, text] = vi.mocked(downloadFile).mock.calls[0]!;
    expect(fileName).toMatch(/^carte-essai-.*\.contenu-brut\.json$/);
    expect(JSON.parse(text as string)).toEqual(raw);
    // A new request is the user's choice: the repository moves the old row aside first.
    await send();
    expect(repository.saveTryout).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/ne peut pas être lu/)).toBeNull();
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
