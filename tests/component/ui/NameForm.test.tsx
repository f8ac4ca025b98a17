import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { NameForm } from '../../../src/ui/NameForm';

function renderForm(onSubmit: (name: string) => void | boolean | Promise<void | boolean>) {
  render(
    <NameForm
      title="Nouveau système"
      label="Nom"
      help="Le nom que tout le monde connaît."
      submitLabel="Ajouter"
      problemOf={(name) => (name.trim() === '' ? 'Donnez un nom.' : undefined)}
      onSubmit={onSubmit}
    />,
  );
  return screen.getByRole('textbox', { name: /Nom/ });
}

describe('NameForm', () => {
  it('says what is wrong with the name until it changes, and takes nothing meanwhile', async () => {
    const onSubmit = vi.fn();
    const box = renderForm(onSubmit);
    await userEvent.click(screen.getByRole('button', { name: 'Ajouter' }));
    expect(screen.getByText('Donnez un nom.')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.type(box, 'G');
    expect(screen.queryByText('Donnez un nom.')).not.toBeInTheDocument();
  });

  it('empties the box once the name is taken', async () => {
    const onSubmit = vi.fn();
    const box = renderForm(onSubmit);
    await userEvent.type(box, 'GRU{Enter}');
    expect(onSubmit).toHaveBeenCalledWith('GRU');
    expect(box).toHaveValue('');
  });

  it('keeps the name typed when it could not be used after all (a full disk), to try again', async () => {
    const box = renderForm(async () => false);
    await userEvent.type(box, 'GRU{Enter}');
    expect(box).toHaveValue('GRU');
    expect(screen.getByRole('heading', { level: 2, name: 'Nouveau système' })).toBeInTheDocument();
  });
});
