import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
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
        field('company', 'yesNo', { label: 'Demandez-vous pour une entreprise ?', required: true }),
        field('siret', 'siret', {
          label: 'SIRET',
          required: true,
          visibleWhen: { all: [{ field: 'company', op: 'equals', value: 'yes' }] },
        }),
        field('email', 'email', { label: 'Courriel', required: true, help: 'Pour vous répondre' }),
      ],
    },
    {
      id: 'p2',
      title: 'Vos enfants',
      fields: [
        field('kids', 'group', {
          label: 'Enfants',
          itemLabel: 'Enfant',
          fields: [field('first', 'shortText', { label: 'Prénom', required: true })],
        }),
      ],
    },
  ],
};

describe('RequesterForm', () => {
  it('goes page by page, shows errors linked to their boxes, and ends with a summary', async () => {
    const user = userEvent.setup();
    const onAnswersChange = vi.fn();
    render(<RequesterForm form={form} title="Aperçu" onAnswersChange={onAnswersChange} />);

    expect(screen.getByText('Étape 1 sur 2')).toBeInTheDocument();
    expect(screen.queryByLabelText(/SIRET/)).not.toBeInTheDocument();

    // given nothing answered, when going on, then the error summary lists both questions
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveFocus();
    expect(within(summary).getByText('Il y a 2 erreurs à corriger')).toBeInTheDocument();
    await user.click(
      within(summary).getByRole('link', { name: /Courriel : Ce champ est obligatoire/ }),
    );
    expect(screen.getByLabelText(/^Courriel/)).toHaveFocus();
    expect(screen.getByLabelText(/^Courriel/)).toHaveAttribute('aria-invalid', 'true');

    // the condition shows the SIRET, whose check digit is verified
    await user.click(screen.getByLabelText('Oui'));
    const siret = await screen.findByLabelText(/^SIRET/);
    await user.type(siret, '73282932000075');
    await user.type(screen.getByLabelText(/^Courriel/), 'marie@exemple.fr');
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(
      await screen.findByText(/sa clé de contrôle est fausse/, { selector: '.rf-error' }),
    ).toBeInTheDocument();
    await user.clear(siret);
    await user.type(siret, '73282932000074');
    await user.click(screen.getByRole('button', { name: 'Suivant' }));

    // page 2: a repeatable group
    expect(await screen.findByRole('heading', { name: 'Vos enfants' })).toHaveFocus();
    await user.type(screen.getByLabelText(/^Prénom/), 'Irène');
    await user.click(screen.getByRole('button', { name: 'Ajouter : Enfant' }));
    expect(screen.getAllByLabelText(/^Prénom/)).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Supprimer « Enfant 2 »' }));
    // The pressed button went with its block: focus stays in the group, on its add button.
    expect(screen.getByRole('button', { name: 'Ajouter : Enfant' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Vérifier mes réponses' }));

    // check your answers, then send
    expect(
      await screen.findByRole('heading', { name: /Vérifiez vos réponses/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('marie@exemple.fr')).toBeInTheDocument();
    expect(screen.getByText('Irène')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    expect(await screen.findByRole('heading', { name: 'Demande envoyée' })).toBeInTheDocument();

    expect(onAnswersChange).toHaveBeenLastCalledWith({
      company: 'yes',
      siret: '73282932000074',
      email: 'marie@exemple.fr',
      kids: [{ first: 'Irène' }],
    });
  });

  it('counts the choices asked for in words: « au moins 2 éléments »', async () => {
    const user = userEvent.setup();
    const choices: Form = {
      pages: [
        {
          id: 'p1',
          title: 'Vous',
          fields: [
            field('docs', 'checkboxes', {
              label: 'Pièces',
              validation: { minItems: 2 },
              options: [
                { id: 'a', value: 'a', label: 'Passeport' },
                { id: 'b', value: 'b', label: 'Facture' },
                { id: 'c', value: 'c', label: 'Bail' },
              ],
            }),
          ],
        },
      ],
    };
    render(<RequesterForm form={choices} />);
    await user.click(screen.getByLabelText('Passeport'));
    await user.click(screen.getByRole('button', { name: 'Vérifier mes réponses' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choisissez au moins 2 éléments.');
  });

  it('drops the answers of a field hidden again', async () => {
    const user = userEvent.setup();
    const onAnswersChange = vi.fn();
    render(<RequesterForm form={form} onAnswersChange={onAnswersChange} />);
    await user.click(screen.getByLabelText('Oui'));
    await user.type(await screen.findByLabelText(/^SIRET/), '1');
    await user.click(screen.getByLabelText('Non'));
    expect(screen.queryByLabelText(/^SIRET/)).not.toBeInTheDocument();
    expect(onAnswersChange.mock.lastCall?.[0]).not.toHaveProperty('siret');
  });

  it('says in the error summary which box of an identity, and which block of a group, is wrong', async () => {
    const user = userEvent.setup();
    const parts: Form = {
      pages: [
        {
          id: 'p1',
          title: 'Vous',
          fields: [
            field('who', 'identity', { label: 'Votre identité', required: true }),
            field('kids', 'group', {
              label: 'Enfants',
              itemLabel: 'Enfant',
              validation: { minItems: 2 },
              fields: [field('first', 'shortText', { label: 'Prénom', required: true })],
            }),
          ],
        },
      ],
    };
    render(<RequesterForm form={parts} />);
    await user.type(screen.getByLabelText(/^Prénom/, { selector: '[id$="-0-first"]' }), 'Irène');
    await user.click(screen.getByRole('button', { name: 'Vérifier mes réponses' }));
    const summary = await screen.findByRole('alert');
    const entries = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(entries).toEqual([
      'Votre identité, Civilité : Ce champ est obligatoire.',
      'Votre identité, Nom de naissance : Ce champ est obligatoire.',
      'Votre identité, Prénom(s) : Ce champ est obligatoire.',
      'Votre identité, Date de naissance : Ce champ est obligatoire.',
      'Prénom (Enfant 2) : Ce champ est obligatoire.',
    ]);
    await user.click(within(summary).getByRole('link', { name: /Prénom \(Enfant 2\)/ }));
    expect(screen.getByLabelText(/^Prénom/, { selector: '[id$="-1-first"]' })).toHaveFocus();
  });

  it('refuses a required group left without any block, with a message that says what to do', async () => {
    const user = userEvent.setup();
    const kids: Form = {
      pages: [
        {
          id: 'p1',
          title: 'Vos enfants',
          fields: [
            field('kids', 'group', {
              label: 'Enfants à charge',
              itemLabel: 'Enfant',
              required: true,
              fields: [field('first', 'shortText', { label: 'Prénom', required: true })],
            }),
          ],
        },
      ],
    };
    render(<RequesterForm form={kids} />);
    await user.click(screen.getByRole('button', { name: 'Supprimer « Enfant 1 »' }));
    await user.click(screen.getByRole('button', { name: 'Vérifier mes réponses' }));
    const message = 'Ajoutez au moins un élément avec le bouton « Ajouter : Enfant ».';
    const summary = await screen.findByRole('alert');
    await user.click(within(summary).getByRole('link', { name: `Enfants à charge : ${message}` }));
    const error = screen.getByText(message, { selector: '.rf-error' });
    expect(error).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Enfants à charge' })).toContainElement(error);

    // one block added and answered, the form goes on to the check page
    await user.click(screen.getByRole('button', { name: 'Ajouter : Enfant' }));
    await user.type(screen.getByLabelText(/^Prénom/), 'Irène');
    await user.click(screen.getByRole('button', { name: 'Vérifier mes réponses' }));
    expect(
      await screen.findByRole('heading', { name: /Vérifiez vos réponses/ }),
    ).toBeInTheDocument();
  });

  it('shows a default value changed in the designer at once, and keeps the other answers', async () => {
    const user = userEvent.setup();
    const withDefault = (value: string): Form => ({
      pages: [
        {
          id: 'p1',
          title: 'Vous',
          fields: [
            field('town', 'shortText', { label: 'Commune', defaultValue: value }),
            field('name', 'shortText', { label: 'Nom' }),
          ],
        },
      ],
    });
    const { rerender } = render(<RequesterForm form={withDefault('Lyon')} />);
    expect(screen.getByRole('textbox', { name: /Commune/ })).toHaveValue('Lyon');
    await user.type(screen.getByRole('textbox', { name: /Nom/ }), 'Diallo');
    rerender(<RequesterForm form={withDefault('Paris')} />);
    expect(screen.getByRole('textbox', { name: /Commune/ })).toHaveValue('Paris');
    expect(screen.getByRole('textbox', { name: /Nom/ })).toHaveValue('Diallo');
  });

  it('names a field renamed in the designer as it is now in the error summary already shown', async () => {
    const user = userEvent.setup();
    const named = (label: string): Form => ({
      pages: [
        { id: 'p1', title: 'Vous', fields: [field('email', 'email', { label, required: true })] },
      ],
    });
    const { rerender } = render(<RequesterForm form={named('Courriel')} />);
    await user.click(screen.getByRole('button', { name: 'Vérifier mes réponses' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /^Courriel : / })).toBeInTheDocument();

    rerender(<RequesterForm form={named('Adresse électronique')} />);
    expect(
      within(screen.getByRole('alert')).getByRole('link', { name: /^Adresse électronique : / }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveFocus();
  });
});
