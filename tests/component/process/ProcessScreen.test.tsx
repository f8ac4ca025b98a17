import { StrictMode } from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import { useLiveSession } from '../../../src/state/liveSession';
import { useSelection } from '../../../src/state/selection';
import { redo, undo } from '../../../src/state/commands';
import type {
  DiagramChangeCause,
  DiagramEditor,
  DiagramElement,
  Deletion,
} from '../../../src/features/process/editor/types';
import { runAction, useNotifications } from '../../../src/state/notifications';
import { i18n } from '../../../src/ui/i18n/i18n';
import { afterNextFrame } from '../../../src/ui/afterNextFrame';

// bpmn-js cannot run in jsdom (it is tested in Chromium): a fake editor stands in for the
// lazily loaded chunk, to test the screen's side of the contract.
const fake = {
  created: 0,
  destroyed: 0,
  xml: '<changed/>',
  change: undefined as undefined | ((cause: DiagramChangeCause) => void),
  selection: undefined as undefined | ((element: unknown) => void),
  deleted: undefined as undefined | ((deletion: Deletion) => void),
  undo: vi.fn(),
  redo: vi.fn(),
  update: vi.fn(),
  connect: vi.fn(() => true),
  select: vi.fn((_id: string) => true),
  insertStep: vi.fn((_flowId: string): string | undefined => undefined),
  addStepAfter: vi.fn((_sourceId: string): string | undefined => undefined),
  open: vi.fn(async (_xml: string) => ({ ok: true as const, warnings: [] as string[] })),
  showPresence: vi.fn(),
  setReadOnly: vi.fn(),
};

import ProcessScreen from '../../../src/features/process/ProcessScreen';

const loadFake = async () => ({
  createDiagramEditor: (): DiagramEditor => {
    fake.created += 1;
    return {
      open: fake.open,
      replace: async () => ({ ok: true, warnings: [] }),
      saveXml: async () => fake.xml,
      svg: async () => '<svg/>',
      onChange: (listener) => {
        fake.change = listener;
      },
      onSelectionChange: (listener) => {
        fake.selection = listener as (element: unknown) => void;
      },
      onDelete: (listener) => {
        fake.deleted = listener;
      },
      undo: fake.undo,
      redo: fake.redo,
      selectElement: fake.select,
      updateElement: fake.update,
      connectTargets: () => [{ id: 'Task_2', label: 'Décider' }],
      connect: fake.connect,
      insertStep: fake.insertStep,
      addStepAfter: fake.addStepAfter,
      zoom: vi.fn(),
      fitToScreen: vi.fn(),
      showPresence: fake.showPresence,
      setReadOnly: fake.setReadOnly,
      setLargeDisplay: vi.fn(),
      focus: vi.fn(),
      destroy: () => {
        fake.destroyed += 1;
      },
    };
  },
});

const task: DiagramElement = {
  id: 'Task_1',
  type: 'bpmn:UserTask',
  typeLabel: 'Tâche utilisateur',
  isFlowNode: true,
  isSequenceFlow: false,
  name: 'Vérifier',
  role: 'Agent instructeur',
  notes: '',
};

async function renderReady() {
  const view = render(
    <StrictMode>
      <ProcessScreen loadEditor={loadFake} />
    </StrictMode>,
  );
  await waitFor(() =>
    expect(screen.getByRole('button', { name: 'Ajuster à l’écran' })).toBeEnabled(),
  );
  return view;
}

beforeEach(() => {
  Object.assign(fake, { created: 0, destroyed: 0, xml: '<changed/>' });
  fake.undo.mockClear();
  fake.redo.mockClear();
  fake.update.mockClear();
  fake.connect.mockClear();
  fake.open.mockClear();
  fake.insertStep.mockReset();
  fake.addStepAfter.mockReset();
  useNotifications.setState({ items: [] });
  useEditorStore.setState({
    ...initialEditorState,
    prototype: createPrototype('Carte', new Date('2026-11-23T09:00:00.000Z')),
    load: { state: 'ready' },
  });
});

afterEach(() => cancelScheduledSave());

describe('ProcessScreen', () => {
  it('creates one editor per visit under StrictMode, and destroys it on leaving', async () => {
    const view = await renderReady();
    expect(fake.created).toBe(1);
    expect(fake.destroyed).toBe(0);
    view.unmount();
    expect(fake.destroyed).toBe(1);
  });

  it('hands undo of the diagram’s changes to bpmn-js while open, and to the stored XML after', async () => {
    const view = await renderReady();
    const before = useEditorStore.getState().prototype?.process.bpmnXml;
    await act(async () => fake.change?.('edit'));
    expect(useEditorStore.getState().prototype?.process.bpmnXml).toBe('<changed/>');

    act(() => undo());
    expect(fake.undo).toHaveBeenCalledOnce();
    expect(useEditorStore.getState().prototype?.process.bpmnXml).toBe(before);
    act(() => redo());
    expect(fake.redo).toHaveBeenCalledOnce();
    // bpmn-js showed the change itself: nothing was imported again.
    expect(fake.open).toHaveBeenCalledTimes(1);

    view.unmount();
    undo();
    expect(fake.undo).toHaveBeenCalledOnce();
    expect(useEditorStore.getState().prototype?.process.bpmnXml).toBe(before);
  });

  it('stores each change at once, even when the step closes right after it', async () => {
    const view = await renderReady();
    await act(async () => fake.change?.('edit'));
    expect(useEditorStore.getState().prototype?.process.bpmnXml).toBe('<changed/>');

    fake.xml = '<closing/>';
    act(() => fake.change?.('edit'));
    view.unmount();
    await act(async () => {});
    expect(useEditorStore.getState().prototype?.process.bpmnXml).toBe('<closing/>');
  });

  it('shows the selected element in the side panel and shares the selection', async () => {
    await renderReady();
    act(() => fake.selection?.(task));
    expect(screen.getByLabelText('Nom')).toHaveValue('Vérifier');
    expect(screen.getByLabelText('Qui le fait ?')).toHaveValue('Agent instructeur');
    expect(useSelection.getState().selected).toEqual({
      kind: 'process-element',
      id: 'Task_1',
      label: 'Vérifier',
    });

    await userEvent.selectOptions(screen.getByLabelText('Statut affiché au demandeur'), 'Acceptée');
    expect(fake.update).toHaveBeenCalledWith('Task_1', { statusId: 'status-accepted' });
  });

  it('draws a flow to another element chosen by name, without the mouse', async () => {
    await renderReady();
    act(() => fake.selection?.(task));
    await userEvent.selectOptions(screen.getByLabelText('Relier à…'), 'Décider');
    expect(fake.connect).toHaveBeenCalledWith('Task_1', 'Task_2');
    expect(screen.getByText('Flux ajouté vers « Décider ».')).toBeInTheDocument();
  });

  it('browsing a closed select with the arrow keys acts on nothing until Enter confirms', async () => {
    await renderReady();
    act(() => fake.selection?.(task));
    // As Chromium does on a closed select: each arrow key changes the value at once.
    const browse = (select: HTMLElement, value: string) => {
      fireEvent.keyDown(select, { key: 'ArrowDown' });
      fireEvent.change(select, { target: { value } });
    };
    const connect = screen.getByLabelText('Relier à…');
    browse(connect, 'Task_2');
    expect(fake.connect).not.toHaveBeenCalled();
    expect(screen.getByText('Appuyez sur Entrée pour relier à « Décider ».')).toBeInTheDocument();
    fireEvent.keyDown(connect, { key: 'Enter' });
    expect(fake.connect).toHaveBeenCalledWith('Task_1', 'Task_2');

    const role = screen.getByLabelText('Qui le fait ?');
    browse(role, '\u0000new');
    expect(screen.queryByLabelText('Nom du nouveau rôle')).not.toBeInTheDocument();
    browse(role, '');
    expect(fake.update).not.toHaveBeenCalled();
    // Leaving the select keeps the role shown, as a form field would.
    fireEvent.blur(role);
    expect(fake.update).toHaveBeenCalledWith('Task_1', { role: undefined });

    const status = screen.getByLabelText('Statut affiché au demandeur');
    browse(status, 'status-accepted');
    expect(fake.update).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(status, { key: 'Enter' });
    expect(fake.update).toHaveBeenLastCalledWith('Task_1', { statusId: 'status-accepted' });
  });

  it('a link browsed to and left without Enter is not drawn', async () => {
    await renderReady();
    act(() => fake.selection?.(task));
    const connect = screen.getByLabelText('Relier à…');
    fireEvent.keyDown(connect, { key: 'ArrowDown' });
    fireEvent.change(connect, { target: { value: 'Task_2' } });
    fireEvent.blur(connect);
    expect(fake.connect).not.toHaveBeenCalled();
    expect(connect).toHaveValue('');
  });

  it('says who holds the diagram in a live workshop, before anyone tries to change it', async () => {
    await renderReady();
    expect(screen.queryByText(/modifie le diagramme en ce moment/)).not.toBeInTheDocument();
    act(() =>
      useLiveSession.setState({
        participants: [
          { clientId: 1, participantId: 'me', name: 'Awa', color: '#000091', self: true },
          {
            clientId: 2,
            participantId: 'bob',
            name: 'Bob',
            color: '#18753c',
            editsDiagram: true,
            self: false,
          },
        ],
      }),
    );
    expect(screen.getByText(/^Bob modifie le diagramme en ce moment/)).toBeInTheDocument();
    act(() => useLiveSession.setState({ participants: [] }));
    expect(screen.queryByText(/modifie le diagramme en ce moment/)).not.toBeInTheDocument();
  });

  it('keeps the diagram read-only while someone else holds it, and shows who selected what', async () => {
    await renderReady();
    act(() => fake.selection?.(task));
    expect(fake.setReadOnly).toHaveBeenLastCalledWith(false);
    act(() =>
      useLiveSession.setState({
        role: 'editor',
        participants: [
          { clientId: 1, participantId: 'me', name: 'Awa', color: '#000091', self: true },
          {
            clientId: 2,
            participantId: 'bob',
            name: 'Bob',
            color: '#18753c',
            step: 'process',
            selected: { kind: 'process-element', id: 'Task_1', label: 'Vérifier' },
            editsDiagram: true,
            self: false,
          },
        ],
      }),
    );
    expect(fake.setReadOnly).toHaveBeenLastCalledWith(true);
    expect(fake.showPresence).toHaveBeenLastCalledWith([
      { elementId: 'Task_1', name: 'Bob', color: '#18753c' },
    ]);
    expect(screen.getByLabelText('Nom', { exact: true })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Importer un fichier .bpmn' })).toBeDisabled();
    // The text view reads the process but offers no change of it either.
    expect(screen.queryAllByRole('button', { name: /^Ajouter une étape après/ })).toEqual([]);
    // Bob goes idle: the diagram is this person's to edit again.
    act(() =>
      useLiveSession.setState((state) => ({
        participants: state.participants.map((presence) => ({
          ...presence,
          editsDiagram: false,
        })),
      })),
    );
    expect(fake.setReadOnly).toHaveBeenLastCalledWith(false);
    expect(screen.getByLabelText('Nom', { exact: true })).toBeEnabled();
    expect(
      (await screen.findAllByRole('button', { name: /^Ajouter une étape après/ })).length,
    ).toBeGreaterThan(0);
    // A viewer never edits it.
    act(() => useLiveSession.setState({ role: 'viewer' }));
    expect(fake.setReadOnly).toHaveBeenLastCalledWith(true);
    act(() => useLiveSession.setState({ role: undefined, participants: [] }));
    expect(fake.showPresence).toHaveBeenLastCalledWith([]);
  });

  it('adds a new role to the prototype and gives it to the element', async () => {
    await renderReady();
    act(() => fake.selection?.(task));
    await userEvent.selectOptions(screen.getByLabelText('Qui le fait ?'), 'Nouveau rôle…');
    await userEvent.type(screen.getByLabelText('Nom du nouveau rôle'), 'Archiviste');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter ce rôle' }));
    expect(useEditorStore.getState().prototype?.process.roles).toContain('Archiviste');
    expect(fake.update).toHaveBeenCalledWith('Task_1', { role: 'Archiviste' });
  });

  it('shows the stored diagram again when it changed elsewhere (another tab), not after its own saves', async () => {
    await renderReady();
    expect(fake.open).toHaveBeenCalledTimes(1);
    await act(async () => fake.change?.('edit'));
    expect(useEditorStore.getState().prototype?.process.bpmnXml).toBe('<changed/>');
    expect(fake.open).toHaveBeenCalledTimes(1);

    const prototype = useEditorStore.getState().prototype!;
    act(() =>
      useEditorStore.setState({
        prototype: {
          ...prototype,
          process: { ...prototype.process, bpmnXml: '<from-elsewhere/>' },
        },
      }),
    );
    expect(fake.open).toHaveBeenLastCalledWith('<from-elsewhere/>', { keepView: true });
  });

  it('lists the checks of the stored diagram', async () => {
    await renderReady();
    expect(
      await screen.findByText('Aucun problème détecté.', undefined, { timeout: 3000 }),
    ).toBeInTheDocument();
  });

  it('reads the diagram for its checks and text view only once it is shown', async () => {
    let arrive: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    const loadLate = async () => {
      await arrived;
      return loadFake();
    };
    render(<ProcessScreen loadEditor={loadLate} />);
    // Several frames go by while bpmn-js loads: nothing reads the XML yet.
    for (let frame = 0; frame < 5; frame++) {
      await act(() => new Promise<void>((resolve) => afterNextFrame(resolve)));
    }
    expect(screen.getByText('Vérification en cours…')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Vue texte du processus' })).toBeNull();
    arrive();
    expect(
      await screen.findByText('Aucun problème détecté.', undefined, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Vue texte du processus' })).toBeInTheDocument();
  });

  it('announces a deleted step with its flows, and « Annuler » takes that very change back', async () => {
    await renderReady();
    act(() =>
      fake.deleted?.({
        elements: [{ name: 'Vérifier les pièces', typeLabel: 'Tâche d’un agent', isTask: true }],
        flows: 2,
      }),
    );
    await act(async () => fake.change?.('edit'));
    const [message] = useNotifications.getState().items;
    expect(message).toBeDefined();
    expect(i18n.t(message!.messageKey, message!.params)).toBe(
      'Étape « Vérifier les pièces » supprimée, avec 2 flux.',
    );
    expect(i18n.t(message!.action!.labelKey)).toBe('Annuler');

    act(() => runAction(message!.id));
    expect(fake.undo).toHaveBeenCalledOnce();
    expect(useEditorStore.getState().prototype?.process.bpmnXml).not.toBe('<changed/>');
  });

  it('does not announce a change that deleted nothing', async () => {
    await renderReady();
    await act(async () => fake.change?.('edit'));
    expect(useNotifications.getState().items).toEqual([]);
  });

  it('inserts a step on the selected flow and puts the focus in its name, from the keyboard', async () => {
    await renderReady();
    const flow: DiagramElement = {
      id: 'Flow_1',
      type: 'bpmn:SequenceFlow',
      typeLabel: 'Flux (enchaînement)',
      isFlowNode: false,
      isSequenceFlow: true,
      name: '',
      notes: '',
    };
    const inserted: DiagramElement = { ...task, id: 'Activity_new', name: '', role: undefined };
    // As bpmn-js does: the new task is selected while it is inserted.
    fake.insertStep.mockImplementation(() => {
      fake.selection?.(inserted);
      return inserted.id;
    });
    act(() => fake.selection?.(task));
    expect(screen.queryByRole('button', { name: 'Insérer une étape ici' })).toBeNull();
    act(() => fake.selection?.(flow));
    const insert = screen.getByRole('button', { name: 'Insérer une étape ici' });
    insert.focus();
    await userEvent.keyboard('{Enter}');
    expect(fake.insertStep).toHaveBeenCalledWith('Flow_1');
    const name = screen.getByLabelText('Nom');
    expect(name).toHaveFocus();
    await userEvent.keyboard('Vérifier les pièces{Enter}');
    expect(fake.update).toHaveBeenCalledWith('Activity_new', { name: 'Vérifier les pièces' });
  });

  it('reads the stored process as text, and « Modifier » selects the step in the diagram', async () => {
    await renderReady();
    const view = screen.getByRole('region', { name: 'Vue texte du processus' });
    // While the XML is still being read, the view does not claim it cannot be read.
    expect(within(view).queryByText('Le diagramme ne peut pas être lu en texte.')).toBeNull();
    const check = await within(view).findByText('Vérifier la complétude du dossier', undefined, {
      timeout: 3000,
    });
    const item = check.closest('li') as HTMLElement;
    expect(item).toHaveTextContent('fait par : Agent instructeur');
    expect(item).toHaveTextContent('délai : 5 jours ouvrés');
    expect(within(view).getByText('Si « Oui » : « Instruire la demande ».')).toBeInTheDocument();
    // The documents received go back to the unnamed gateway before the check: a loop.
    expect(
      within(view).getByText('Ensuite : « choix sans nom ». (retour à une étape précédente)'),
    ).toBeInTheDocument();
    await userEvent.click(
      within(item).getByRole('button', { name: 'Modifier « Vérifier la complétude du dossier »' }),
    );
    expect(fake.select).toHaveBeenCalledWith('Task_CheckCompleteness');
  });

  it('adds a step after another from the text view, its name box ready to type', async () => {
    await renderReady();
    const inserted: DiagramElement = { ...task, id: 'Activity_new', name: '', role: undefined };
    fake.addStepAfter.mockImplementation(() => {
      fake.selection?.(inserted);
      return inserted.id;
    });
    const view = screen.getByRole('region', { name: 'Vue texte du processus' });
    const add = await within(view).findByRole(
      'button',
      { name: 'Ajouter une étape après « Instruire la demande »' },
      { timeout: 3000 },
    );
    // An end has nothing after it: no such button.
    expect(
      within(view).queryByRole('button', { name: /Ajouter une étape après « Demande acceptée »/ }),
    ).toBeNull();
    add.focus();
    await userEvent.keyboard('{Enter}');
    expect(fake.addStepAfter).toHaveBeenCalledWith('Task_Examine');
    expect(fake.select).toHaveBeenCalledWith('Activity_new');
    await waitFor(() => expect(screen.getByLabelText('Nom')).toHaveFocus());
  });

  it('connects two steps from the text view on a confirmed choice only', async () => {
    await renderReady();
    const view = screen.getByRole('region', { name: 'Vue texte du processus' });
    const open = await within(view).findByRole(
      'button',
      { name: 'Relier « Instruire la demande » à…' },
      { timeout: 3000 },
    );
    await userEvent.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    const box = within(view).getByLabelText('Relier « Instruire la demande » à');
    expect(box).toHaveFocus();
    // As Chromium does on a closed select: the arrow key changes the value at once.
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.change(box, { target: { value: 'Task_2' } });
    expect(fake.connect).not.toHaveBeenCalled();
    expect(within(view).getByRole('status')).toHaveTextContent(
      'Appuyez sur Entrée pour relier à « Décider ».',
    );
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(fake.connect).toHaveBeenCalledWith('Task_Examine', 'Task_2');
    expect(within(view).getByRole('status')).toHaveTextContent('Flux ajouté vers « Décider ».');
  });

  it('says each selection in the diagram', async () => {
    await renderReady();
    act(() => fake.selection?.(task));
    expect(
      screen.getByText('Sélectionné dans le diagramme : Tâche utilisateur « Vérifier ».'),
    ).toBeInTheDocument();
  });
});
