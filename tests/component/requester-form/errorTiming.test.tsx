import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Field, Form } from '../../../src/domain/form/schema';
import { RequesterForm } from '../../../src/ui/requester-form/RequesterForm';

const field = (id: string, type: Field['type'], extra: Partial<Field> = {}): Field => ({
  id,
  key: id,
  type,
  label: id,
  ...extra,
});

const form: Form = {
  pages: [
    {
      id: 'p1',
      title: 'Vous',
      fields: [
        field('email', 'email', { label: 'Courriel', required: true }),
        field('known', 'yesNo', { label: 'Déjà inscrit ?', required: true }),
        field('kids', 'group', {
          label: 'Enfants',
          itemLabel: 'Enfant',
          fields: [
            field('first', 'shortText', { label: 'Prénom', required: true }),
            field('born', 'date', { label: 'Date de naissance', required: true }),
          ],
        }),
      ],
    },
    { id: 'p2', title: 'Fin', fields: [] },
  ],
};

const required = 'Ce champ est obligatoire.';
const invalidEmail = /Saisissez une adresse électronique valide/;
const email = () => screen.getByLabelText(/^Courriel/);

describe('when the preview shows a box’s error', () => {
  it('shows none on the empty boxes of a block just added', async () => {
    const user = userEvent.setup();
    render(<RequesterForm form={form} />);
    await user.click(screen.getByRole('button', { name: 'Ajouter : Enfant' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter : Enfant' }));
    const block = screen.getByRole('region', { name: 'Enfant 2' });
    expect(within(block).getByLabelText(/^Prénom/)).toBeInTheDocument();
    // Validation is asynchronous: let it run before saying there is no error.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(required)).not.toBeInTheDocument();
    expect(within(block).getByLabelText(/^Prénom/)).not.toHaveAttribute('aria-invalid');

    // « Étape suivante » shows them all.
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(await within(block).findAllByText(required)).toHaveLength(2);
  });

  it('shows none for a box only passed through, and shows it once a box typed in is left', async () => {
    const user = userEvent.setup();
    render(<RequesterForm form={form} />);
    await user.click(email());
    await user.tab();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(required)).not.toBeInTheDocument();

    await user.type(email(), 'marie');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText(invalidEmail)).not.toBeInTheDocument();
    await user.tab();
    expect(await screen.findByText(invalidEmail)).toBeInTheDocument();
    expect(email()).toHaveAttribute('aria-invalid', 'true');

    // Shown, it follows the typing: gone as soon as the address is right.
    await user.type(email(), '@exemple.fr');
    await expect.poll(() => screen.queryByText(invalidEmail)).toBeNull();
  });

  it('waits for the end of a press elsewhere, so that the click lands where it was aimed', async () => {
    const user = userEvent.setup();
    render(<RequesterForm form={form} />);
    await user.type(email(), 'marie');
    const yes = screen.getByLabelText('Oui');
    await user.pointer({ keys: '[MouseLeft>]', target: yes });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Pressed: the box is left, but its error would push the choices down under the pointer.
    expect(screen.queryByText(invalidEmail)).not.toBeInTheDocument();
    await user.pointer({ keys: '[/MouseLeft]', target: yes });
    expect(yes).toBeChecked();
    expect(await screen.findByText(invalidEmail)).toBeInTheDocument();
  });
});
