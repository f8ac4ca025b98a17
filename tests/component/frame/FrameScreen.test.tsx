import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import FrameScreen from '../../../src/features/frame/FrameScreen';
import { undo } from '../../../src/state/commands';
import { useEditorStore } from '../../../src/state/editorStore';
import { openPrototype } from '../editorFixture';

const stored = () => useEditorStore.getState().prototype!;

beforeEach(() => {
  openPrototype({ team: [{ id: 'p1', name: 'Léa Martin', service: 'DSI', role: 'it' }] });
});

const questions = () => within(screen.getByRole('region', { name: 'Questions ouvertes' }));

describe('FrameScreen', () => {
  it('lists the open questions and closes one as it is answered, undoably', async () => {
    render(<FrameScreen />);
    expect(questions().getByText('10 questions ouvertes')).toBeInTheDocument();
    expect(
      questions().getByRole('link', { name: 'Où : sur quel territoire (commune, département…) ?' }),
    ).toHaveAttribute('href', '#frame-where');
    await userEvent.selectOptions(screen.getByLabelText('Type de territoire'), 'Département');
    expect(stored().frame?.where.territory).toBe('departement');
    expect(questions().getByText('9 questions ouvertes')).toBeInTheDocument();
    undo();
    expect(await questions().findByText('10 questions ouvertes')).toBeInTheDocument();
    expect(stored().frame?.where.territory).toBeUndefined();
  });

  it('adds a stakeholder suggested by the team and the process roles', async () => {
    render(<FrameScreen />);
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter « DSI » (équipe)' }));
    expect(stored().frame?.stakeholders).toEqual([
      expect.objectContaining({ kind: 'it', name: 'DSI', role: '' }),
    ]);
    expect(screen.queryByRole('button', { name: 'Ajouter « DSI » (équipe)' })).toBeNull();
    await userEvent.click(
      screen.getByRole('button', { name: 'Ajouter « Agent instructeur » (processus)' }),
    );
    expect(stored().frame?.stakeholders.map((s) => s.name)).toEqual(['DSI', 'Agent instructeur']);
    const who = within(screen.getByRole('region', { name: 'Qui ?' }));
    expect(who.getByRole('group', { name: 'Agent instructeur' })).toBeInTheDocument();
  });

  it('writes the owning service into the purpose, where it belongs', async () => {
    render(<FrameScreen />);
    await userEvent.type(screen.getByLabelText('Service porteur'), 'Police municipale');
    expect(stored().purpose.owningService).toBe('Police municipale');
    expect(stored().frame).toBeUndefined();
  });

  it('adds a budget line with its amount and shows the total', async () => {
    render(<FrameScreen />);
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter un poste' }));
    await userEvent.type(screen.getByLabelText('Poste de dépense'), 'Licence');
    await userEvent.type(screen.getByLabelText('Montant (€)'), '1200');
    expect(stored().frame?.budget).toEqual([
      expect.objectContaining({ item: 'Licence', amount: 1200 }),
    ]);
    expect(screen.getByText(/Total : 1\s200,00\s€/)).toBeInTheDocument();
  });

  it('says when the shares of requests per channel do not total 100 %', async () => {
    render(<FrameScreen />);
    await userEvent.type(screen.getByLabelText('En ligne'), '80');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Les parts doivent faire 100 % au total (actuellement 80 %).',
    );
    await userEvent.type(
      screen.getByLabelText('Téléphone', { selector: 'input[type=number]' }),
      '20',
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(stored().impacts?.requesters.channels).toEqual({ online: 80, phone: 20 });
  });

  it('shows each process role’s steps after the change and stores what is typed for it', async () => {
    render(<FrameScreen />);
    const agents = screen.getByRole('region', { name: 'Pour les agents, par rôle du processus' });
    const role = await within(agents).findByRole('group', { name: 'Agent instructeur' });
    expect(within(role).getByText('Instruire la demande (15 j ouvrés)')).toBeInTheDocument();
    await userEvent.type(
      within(role).getByLabelText('Avant : comment le travail se fait aujourd’hui'),
      'Sur papier',
    );
    expect(stored().impacts?.agents).toEqual([
      expect.objectContaining({ role: 'Agent instructeur', before: 'Sur papier' }),
    ]);
    expect(
      questions().getByText('Impacts : qui suit l’impact pour le rôle « Agent instructeur » ?'),
    ).toBeInTheDocument();
  });

  it('stores the deadline as a day, and never a five-digit year the schema would refuse', () => {
    render(<FrameScreen />);
    const deadline = screen.getByLabelText('Échéance');
    fireEvent.change(deadline, { target: { value: '2027-06-30' } });
    expect(stored().frame?.when.deadline).toBe('2027-06-30');
    fireEvent.change(deadline, { target: { value: '20270-06-30' } });
    expect(stored().frame?.when.deadline).toBe('2027-06-30');
  });

  it('reads the frame as a document, with what it says and what is still open', async () => {
    render(<FrameScreen />);
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter un poste' }));
    await userEvent.type(screen.getByLabelText('Poste de dépense'), 'Licence');
    await userEvent.type(screen.getByLabelText('Montant (€)'), '1200');
    await userEvent.click(screen.getByRole('button', { name: 'Lire le document' }));
    expect(screen.getByRole('button', { name: 'Lire le document' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    const doc = screen.getByRole('article', { name: 'Cadrage du projet — Carte de stationnement' });
    const budget = within(doc).getByRole('table', { name: 'Budget par poste' });
    expect(
      within(budget)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'Poste de dépenseMontant (€)',
      expect.stringMatching(/^Licence1\s200,00\s€$/),
      expect.stringMatching(/^Total1\s200,00\s€$/),
    ]);
    expect(
      within(doc).getByText('Où : sur quel territoire (commune, département…) ?'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'CSV : Budget par poste' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Poste de dépense')).toBeNull();
  });
});
