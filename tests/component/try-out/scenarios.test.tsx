import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Field } from '../../../src/domain/form/schema';
import TryoutScreen from '../../../src/features/try-out/TryoutScreen';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import type { StoredTryout } from '../../../src/storage/tryoutRepository';

vi.mock('../../../src/storage/tryoutRepository', () => ({
  watchTryout: vi.fn((_id: string, change: (stored: StoredTryout) => void) => {
    change({ kind: 'none' });
    return () => undefined;
  }),
  saveTryout: vi.fn(() => Promise.resolve()),
  deleteTryout: vi.fn(() => Promise.resolve()),
}));

const processXml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Defs" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process">
    <bpmn:startEvent id="Start" />
    <bpmn:userTask id="Check" name="Vérifier" />
    <bpmn:userTask id="Decide" name="Décider" />
    <bpmn:endEvent id="End" />
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Check" />
    <bpmn:sequenceFlow id="F2" sourceRef="Check" targetRef="Decide" />
    <bpmn:sequenceFlow id="F3" sourceRef="Decide" targetRef="End" />
  </bpmn:process>
</bpmn:definitions>`;

const email: Field = { id: 'email', key: 'email', type: 'email', label: 'Courriel' };
const siret: Field = { id: 'siret', key: 'siret', type: 'siret', label: 'SIRET', required: true };

function open(fields: Field[]) {
  const prototype = createPrototype('Carte', new Date('2026-11-23T09:00:00.000Z'));
  prototype.form = { pages: [{ id: 'p1', title: 'Vous', fields }] };
  prototype.process = { ...prototype.process, bpmnXml: processXml };
  useEditorStore.setState({ ...initialEditorState, prototype, load: { state: 'ready' } });
  render(<TryoutScreen />);
}

const scenarios = () => screen.getByRole('region', { name: 'Scénarios' });
const current = () => useEditorStore.getState().prototype!;

beforeEach(() => vi.clearAllMocks());
afterEach(() => cancelScheduledSave());

describe('scenarios in the try-out', () => {
  it('saves a played request, replays it, and says where and why it fails', async () => {
    open([email]);
    expect(within(scenarios()).getByText(/Aucun scénario/)).toBeVisible();
    await userEvent.type(screen.getByRole('textbox', { name: /^Courriel/ }), 'awa@exemple.fr');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier mes réponses' }));
    await userEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Terminer « Vérifier »' }));

    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer comme scénario' }));
    const dialog = screen.getByRole('dialog', { name: 'Enregistrer comme scénario' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer le scénario' }));
    expect(within(dialog).getByText('Donnez un nom au scénario.')).toBeVisible();
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Nom du scénario/ }),
      'Simple',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Enregistrer le scénario' }));
    expect(current().scenarios?.[0]).toMatchObject({
      name: 'Simple',
      answers: { email: 'awa@exemple.fr' },
      actions: [{ kind: 'complete', elementId: 'Check' }],
    });
    const item = within(scenarios()).getByRole('listitem');
    await waitFor(() => expect(item).toHaveTextContent('Réussit'));
    expect(within(scenarios()).getByText('1 sur 1 réussissent')).toBeVisible();

    // The field it answered is removed: the replay fails in the form, and says why.
    useEditorStore.setState({
      prototype: { ...current(), form: { pages: [{ id: 'p1', title: 'Vous', fields: [] }] } },
    });
    await waitFor(() =>
      expect(item).toHaveTextContent(
        'Échoue — Dans le formulaire, avant l’envoi : le champ « Courriel », auquel le demandeur avait répondu, a été supprimé du formulaire.',
      ),
    );

    // One click notes it as an exception linked to the field.
    await userEvent.click(
      within(item).getByRole('button', { name: 'Noter « Simple » comme exception' }),
    );
    expect(current().exceptions.at(-1)).toMatchObject({
      title:
        'Scénario « Simple » : le champ « Courriel », auquel le demandeur avait répondu, a été supprimé du formulaire.',
      context: { step: 'form', target: { kind: 'field', id: 'email', label: 'Courriel' } },
    });

    // Opening it at the divergence brings the requester's form back.
    await userEvent.click(
      within(item).getByRole('button', { name: 'Ouvrir « Simple » au point de divergence' }),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: 'Le demandeur remplit le formulaire' }),
      ).toHaveFocus(),
    );
  });

  it('opens a passing scenario played through, its last action undoable', async () => {
    open([email]);
    useEditorStore.setState({
      prototype: {
        ...current(),
        scenarios: [
          {
            id: 's1',
            name: 'Jusqu’à la décision',
            answers: { email: 'awa@exemple.fr' },
            answered: { email: { type: 'email', label: 'Courriel' } },
            actions: [{ kind: 'complete', elementId: 'Check' }],
            statusIds: [],
            elapsedDays: 0,
            savedAt: '2026-11-23T10:00:00.000Z',
          },
        ],
      },
    });
    const opening = await within(scenarios()).findByRole('button', {
      name: 'Ouvrir « Jusqu’à la décision » dans l’essai',
    });
    await userEvent.click(opening);
    expect(await screen.findByRole('button', { name: 'Terminer « Décider »' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Annuler la dernière action' })).toBeEnabled();
    await userEvent.click(
      screen.getByRole('button', { name: 'Supprimer « Jusqu’à la décision »' }),
    );
    expect(current().scenarios).toEqual([]);
  });

  it('fills the requester form with valid sample answers, still editable', async () => {
    open([email, siret]);
    await userEvent.click(
      screen.getByRole('button', { name: 'Remplir avec des réponses d’exemple' }),
    );
    const box = screen.getByRole('textbox', { name: /^Courriel/ });
    expect(box).not.toHaveValue('');
    expect(screen.getByRole('textbox', { name: /SIRET/ })).toHaveValue('732 829 320 00074');
    await userEvent.clear(box);
    await userEvent.type(box, 'moi@exemple.fr');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier mes réponses' }));
    expect(screen.getByText('moi@exemple.fr')).toBeVisible();
  });
});
