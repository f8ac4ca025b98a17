import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrototypeException } from '../../../src/domain/exceptions/schema';
import ExceptionsScreen from '../../../src/features/exceptions/ExceptionsScreen';
import { useEditorStore } from '../../../src/state/editorStore';
import { current, openPrototypeWithField, stopAutosave } from './fixtures';

const exception = (
  overrides: Partial<PrototypeException> & { id: string },
): PrototypeException => ({
  title: `Cas ${overrides.id}`,
  description: '',
  frequency: 'unknown',
  status: 'open',
  context: { step: 'form' },
  createdAt: '2026-11-23T09:00:00.000Z',
  ...overrides,
});

function withExceptions(exceptions: PrototypeException[]) {
  const prototype = openPrototypeWithField();
  useEditorStore.setState({ prototype: { ...prototype, exceptions } });
}

beforeEach(() => {
  withExceptions([
    exception({
      id: 'a',
      title: 'Nom d’usage',
      createdAt: '2026-11-23T09:00:00Z',
      context: { step: 'form', target: { kind: 'field', id: 'f-name', label: 'Nom' } },
    }),
    exception({
      id: 'b',
      title: 'Tutelle',
      decision: 'later',
      frequency: 'rare',
      createdAt: '2026-11-23T09:05:00Z',
    }),
  ]);
});

afterEach(stopAutosave);

const titles = () =>
  screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

describe('ExceptionsScreen', () => {
  it('lists each exception with what it concerns, by its current name', () => {
    render(<ExceptionsScreen />);
    const card = screen.getByRole('article', { name: 'Nom d’usage' });
    expect(
      within(card).getByRole('link', { name: 'Formulaire · champ « Nom de famille »' }),
    ).toBeInTheDocument();
    expect(within(card).getByText('Sans décision')).toBeInTheDocument();
  });

  it('filters and sorts', async () => {
    const user = userEvent.setup();
    render(<ExceptionsScreen />);
    expect(titles()).toEqual(['Tutelle', 'Nom d’usage']);
    await user.selectOptions(screen.getByLabelText('Trier par'), 'Titre (A → Z)');
    expect(titles()).toEqual(['Nom d’usage', 'Tutelle']);
    await user.selectOptions(screen.getByLabelText('Décision'), 'Sans décision');
    expect(titles()).toEqual(['Nom d’usage']);
    expect(screen.getByText('1 exception affichée sur 2')).toBeInTheDocument();
  });

  it('completes an exception: frequency as a share, decision, status, owner', async () => {
    const user = userEvent.setup();
    useEditorStore.setState({
      prototype: {
        ...current(),
        team: [{ id: 'p1', name: 'Awa Diallo', service: 'État civil', role: 'referent' }],
      },
    });
    render(<ExceptionsScreen />);
    await user.click(screen.getByRole('button', { name: 'Compléter « Nom d’usage »' }));
    const card = screen.getByRole('article', { name: 'Nom d’usage' });
    await user.selectOptions(within(card).getByLabelText('Fréquence'), 'Une part des demandes');
    const share = within(card).getByLabelText('Part des demandes concernées (%)');
    await user.clear(share);
    await user.type(share, '35');
    await user.selectOptions(
      within(card).getByLabelText('Décision'),
      'Démarche en ligne distincte',
    );
    await user.selectOptions(within(card).getByLabelText('Statut'), 'En cours');
    await user.selectOptions(within(card).getByLabelText('Responsable du suivi'), 'Awa Diallo');
    expect(current().exceptions[0]).toMatchObject({
      frequency: 'share',
      sharePercent: 35,
      decision: 'separate-eservice',
      status: 'in-progress',
      ownerId: 'p1',
    });
  });

  it('edits an exception whose owner and workshop no longer exist, and says they are gone', async () => {
    const user = userEvent.setup();
    withExceptions([
      exception({ id: 'a', title: 'Tutelle', ownerId: 'ghost', workshopId: 'w-gone' }),
    ]);
    render(<ExceptionsScreen />);
    await user.click(screen.getByRole('button', { name: 'Compléter « Tutelle »' }));
    const card = screen.getByRole('article', { name: 'Tutelle' });
    const owner = within(card).getByLabelText('Responsable du suivi');
    expect(owner).toHaveDisplayValue('Personne qui n’est plus dans l’équipe');
    expect(within(card).getByLabelText('Atelier')).toHaveDisplayValue('Atelier qui n’existe plus');
    await user.type(within(card).getByLabelText(/^Titre/), ' renforcée');
    expect(current().exceptions[0]).toMatchObject({ title: 'Tutelle renforcée', ownerId: 'ghost' });
    await user.selectOptions(owner, '— Personne —');
    expect(current().exceptions[0]).not.toHaveProperty('ownerId');
  });

  it('says when frequent exceptions outweigh the form, and suggests several e-services', () => {
    withExceptions([
      exception({ id: 'a', frequency: 'frequent' }),
      exception({ id: 'b', frequency: 'frequent' }),
    ]);
    render(<ExceptionsScreen />);
    const banner = screen.getByRole('region', {
      name: 'Les exceptions pèsent plus lourd que le parcours principal',
    });
    expect(banner).toHaveTextContent('2 exceptions fréquentes pour un formulaire de 1 page :');
    expect(banner).toHaveTextContent(/plusieurs démarches en ligne/);
  });
});
