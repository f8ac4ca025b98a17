import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExceptionCapture } from '../../../src/features/exceptions/ExceptionCapture';
import { useSelection } from '../../../src/state/selection';
import { current, openPrototypeWithField, stopAutosave } from './fixtures';

beforeEach(() => {
  openPrototypeWithField();
  useSelection.setState({
    step: 'form',
    selected: { kind: 'field', id: 'f-name', label: 'Nom de famille' },
  });
});

afterEach(() => {
  stopAutosave();
  useSelection.setState({ step: undefined, selected: undefined });
});

describe('ExceptionCapture', () => {
  it('notes an exception with Ctrl+E, linked to the step and the field selected', async () => {
    const user = userEvent.setup();
    render(<ExceptionCapture />);
    await user.keyboard('{Control>}e{/Control}');
    const dialog = screen.getByRole('dialog', { name: 'Noter une exception' });
    expect(within(dialog).getByText(/Formulaire · champ « Nom de famille »/)).toBeInTheDocument();
    await user.type(
      within(dialog).getByLabelText('De quel cas s’agit-il ?'),
      'Nom d’usage différent{Enter}',
    );
    expect(current().exceptions).toEqual([
      expect.objectContaining({
        title: 'Nom d’usage différent',
        status: 'open',
        context: { step: 'form', target: { kind: 'field', id: 'f-name', label: 'Nom de famille' } },
      }),
    ]);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens from its button too, and refuses an empty title without closing', async () => {
    const user = userEvent.setup();
    useSelection.setState({ step: 'purpose', selected: undefined });
    render(<ExceptionCapture />);
    await user.click(screen.getByRole('button', { name: 'Noter une exception' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText(/Notée depuis : Finalité/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Noter' }));
    expect(within(dialog).getByLabelText('De quel cas s’agit-il ?')).toHaveAccessibleDescription(
      /Donnez au moins quelques mots/,
    );
    expect(current().exceptions).toEqual([]);
  });

  it('is one undo step', async () => {
    const user = userEvent.setup();
    render(<ExceptionCapture />);
    await user.keyboard('{Control>}e{/Control}');
    await user.type(screen.getByLabelText('De quel cas s’agit-il ?'), 'Cas{Enter}');
    const { undo } = await import('../../../src/state/commands');
    undo();
    expect(current().exceptions).toEqual([]);
  });
});
