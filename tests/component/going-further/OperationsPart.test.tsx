import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import OperationsPart from '../../../src/features/going-further/operations/OperationsPart';
import { undo } from '../../../src/state/commands';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';

const stored = () => useEditorStore.getState().prototype!;
const checks = () => within(screen.getByRole('region', { name: 'Contrôles du RACI' }));

beforeEach(() => {
  useEditorStore.setState({
    ...initialEditorState,
    prototype: {
      ...createPrototype('Carte de stationnement', new Date()),
      team: [{ id: 'lea', name: 'Léa Martin', service: 'DSI', role: 'it' }],
    },
    load: { state: 'ready' },
  });
});

describe('OperationsPart', () => {
  it('proposes the default cycle, says what the RACI lacks, and follows a fix', async () => {
    render(<OperationsPart />);
    await userEvent.click(screen.getByRole('button', { name: 'Proposer le cycle par défaut' }));
    expect(stored().goingFurther?.operations?.operations).toHaveLength(9);
    expect(checks().getByText('2 erreurs à corriger :')).toBeInTheDocument();
    const link = checks().getByRole('link', {
      name: '« Nouveaux processus de travail » : personne ne la réalise (R).',
    });
    expect(link.getAttribute('href')).toMatch(/^#raci-op-/);
    expect(checks().getByText('« Léa Martin » n’a de rôle dans aucune opération.')).toBeVisible();

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Léa Martin pour « Nouveaux processus de travail »' }),
      'R',
    );
    expect(checks().getByText('1 erreur à corriger :')).toBeInTheDocument();
    expect(checks().queryByText(/Léa Martin/)).toBeNull();
    undo();
    expect(await checks().findByText('2 erreurs à corriger :')).toBeInTheDocument();
  });

  it('adds, renames, moves and removes operations, and says when one has two A', async () => {
    render(<OperationsPart />);
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter une opération' }));
    const name = screen.getByRole('textbox', { name: 'Nom de l’opération 1' });
    await userEvent.clear(name);
    await userEvent.type(name, 'Recette');
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter « DSI »' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter une opération' }));
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Léa Martin pour « Recette »' }),
      'A',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'DSI pour « Recette »' }),
      'A',
    );
    expect(
      checks().getByText('« Recette » : un seul acteur doit en répondre (A), pas Léa Martin, DSI.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Descendre « Recette »' }));
    expect(stored().goingFurther?.operations?.operations.map((op) => op.name)).toEqual([
      'Nouvelle opération',
      'Recette',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Supprimer « Recette »' }));
    expect(stored().goingFurther?.operations?.operations.map((op) => op.name)).toEqual([
      'Nouvelle opération',
    ]);
  });

  it('stays usable with 200 operations: a letter changes its row and the checks', async () => {
    const operations = Array.from({ length: 200 }, (_, index) => ({
      id: `op${index}`,
      name: `Opération ${index + 1}`,
      raci: { 'member:lea': 'A' as const },
    }));
    useEditorStore.setState({
      prototype: { ...stored(), goingFurther: { operations: { operations, actors: [] } } },
    });
    render(<OperationsPart />);
    expect(checks().getByText('200 erreurs à corriger :')).toBeInTheDocument();
    // The row found by its name's box first: jsdom computing the labels of a 200-row table
    // for one query would make this test slow, not the screen.
    const row = within(screen.getByDisplayValue('Opération 200').closest('tr')!);
    await userEvent.selectOptions(
      row.getByRole('combobox', { name: 'Léa Martin pour « Opération 200 »' }),
      'R',
    );
    expect(checks().getByText('200 erreurs à corriger :')).toBeInTheDocument();
    expect(checks().getByText('« Opération 200 » : personne n’en répond (A).')).toBeInTheDocument();
    expect(checks().queryByText('« Opération 200 » : personne ne la réalise (R).')).toBeNull();
  });
});
