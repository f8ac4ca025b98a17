import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { readProcessGraph } from '../../../src/domain/process/readGraph';
import { defaultStatusIds } from '../../../src/domain/tracking/defaults';
import TrackingScreen from '../../../src/features/tracking/TrackingScreen';
import { openStatus, openTab } from '../../../src/features/tracking/viewStore';
import { useNotifications } from '../../../src/state/notifications';
import { useSelection } from '../../../src/state/selection';
import { current, openInStore } from './support';

beforeEach(() => {
  openInStore();
  openTab('statuses');
  openStatus(undefined);
});

afterEach(() => useNotifications.setState({ items: [] }));

/** Waits until the screen has read the default process (its steps are then counted). */
const processRead = () => screen.findAllByText('fixé par 1 étape');

describe('statuses', () => {
  it('selecting a status opens it and tells the rest of the app what is selected', async () => {
    const user = userEvent.setup();
    render(<TrackingScreen />);
    await user.click(screen.getByRole('button', { name: /^En cours d’instruction/ }));
    expect(
      screen.getByRole('heading', { name: /Statut « En cours d’instruction »/ }),
    ).toBeInTheDocument();
    expect(useSelection.getState().selected).toEqual({
      kind: 'status',
      id: defaultStatusIds.examining,
      label: 'En cours d’instruction',
    });
  });

  it('warns when a badge colour is too faint to see on the requester’s page, and stops once darker', async () => {
    const user = userEvent.setup();
    render(<TrackingScreen />);
    await user.click(screen.getByRole('button', { name: /^En cours d’instruction/ }));
    const color = screen.getByLabelText('Couleur du badge');
    expect(screen.queryByText(/Cette couleur se voit mal/)).not.toBeInTheDocument();
    fireEvent.change(color, { target: { value: '#ffee58' } });
    expect(color).toHaveAccessibleDescription(
      'Cette couleur se voit mal sur le fond blanc de la page du demandeur (contraste de 1,2 pour 1, il faut au moins 3 pour 1) : choisissez une couleur plus foncée.',
    );
    fireEvent.change(color, { target: { value: '#6a6af4' } });
    expect(screen.queryByText(/Cette couleur se voit mal/)).not.toBeInTheDocument();
  });

  it('adds a status before the final ones, with its label ready to type', async () => {
    const user = userEvent.setup();
    render(<TrackingScreen />);
    await user.click(screen.getByRole('button', { name: 'Ajouter un statut' }));
    const label = screen.getByLabelText('Libellé vu par le demandeur');
    expect(label).toHaveFocus();
    await user.clear(label);
    await user.type(label, 'En commission');
    expect(
      current()
        .tracking.statuses.map((s) => s.label)
        .slice(3, 6),
    ).toEqual(['En cours d’instruction', 'En commission', 'Acceptée']);
  });

  it('moves a status down with the keyboard', async () => {
    const user = userEvent.setup();
    render(<TrackingScreen />);
    screen.getByRole('button', { name: 'Descendre « Demande déposée »' }).focus();
    await user.keyboard('{Enter}');
    expect(current().tracking.statuses[1]?.id).toBe(defaultStatusIds.submitted);
    expect(screen.getByRole('button', { name: 'Descendre « Demande déposée »' })).toHaveFocus();
  });

  it('refuses to delete a status the process sets, naming the steps', async () => {
    const user = userEvent.setup();
    render(<TrackingScreen />);
    await processRead();
    await user.click(screen.getByRole('button', { name: /^En cours de vérification/ }));
    await user.click(screen.getByRole('button', { name: 'Supprimer ce statut' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent(
      'Ce statut est fixé par une étape du traitement : Vérifier la complétude du dossier.',
    );
    expect(within(dialog).queryByRole('button', { name: 'Supprimer le statut' })).toBeNull();
    expect(current().tracking.statuses).toHaveLength(7);
  });

  it('deletes a status no step sets, with its messages', async () => {
    const prototype = createPrototype('Carte', new Date());
    const xml = prototype.process.bpmnXml.replace(
      ` fabrik:status="${defaultStatusIds.closed}"`,
      '',
    );
    openInStore({ ...prototype, process: { ...prototype.process, bpmnXml: xml } });
    const user = userEvent.setup();
    render(<TrackingScreen />);
    await processRead();
    await user.click(screen.getByRole('button', { name: /^Classée sans suite/ }));
    await user.click(screen.getByRole('button', { name: 'Supprimer ce statut' }));
    await user.click(screen.getByRole('button', { name: 'Supprimer le statut' }));
    expect(current().tracking.statuses.map((s) => s.id)).not.toContain(defaultStatusIds.closed);
    expect(current().tracking.messages.map((m) => m.id)).not.toContain('message-closed');
  });
});

describe('link with the processing', () => {
  it('sets the status of a step in the diagram, from here', async () => {
    openTab('mapping');
    const user = userEvent.setup();
    render(<TrackingScreen />);
    const select = await screen.findByLabelText('Statut fixé par « Prendre la décision »');
    await user.selectOptions(select, defaultStatusIds.examining);
    await waitFor(async () => {
      const read = await readProcessGraph(current().process.bpmnXml);
      if (!read.ok) throw new Error(read.error);
      expect(read.graph.elements.find((e) => e.id === 'Task_Decide')?.statusId).toBe(
        defaultStatusIds.examining,
      );
    });
    await waitFor(() =>
      expect(
        screen.queryByText(/La tâche « Prendre la décision » ne fixe aucun statut/),
      ).toBeNull(),
    );
  });
});

describe('tabs', () => {
  it('move with the arrow keys, as tabs do', async () => {
    const user = userEvent.setup();
    render(<TrackingScreen />);
    screen.getByRole('tab', { name: 'Statuts' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /Correspondance/ })).toHaveFocus();
    expect(screen.getByRole('tab', { name: /Correspondance/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'Code de suivi' })).toHaveFocus();
    expect(screen.getByRole('heading', { level: 2, name: 'Code de suivi' })).toBeInTheDocument();
  });
});
