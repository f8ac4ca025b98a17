import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Form } from '../../../src/domain/form/schema';
import { FormView } from '../../../src/features/review/content/FormView';
import '../../../src/features/review/i18n';

const form: Form = {
  pages: [
    {
      id: 'p1',
      title: 'Vous',
      fields: [
        {
          id: 'f-status',
          key: 'statut',
          type: 'radio',
          label: 'Vous êtes',
          required: true,
          justification: 'Les pièces demandées en dépendent.',
          options: [
            { id: 'o1', value: 'particulier', label: 'Un particulier' },
            { id: 'o2', value: 'entreprise', label: 'Une entreprise' },
          ],
        },
        {
          id: 'f-siret',
          key: 'siret',
          type: 'siret',
          label: 'Numéro SIRET',
          visibleWhen: { all: [{ field: 'f-status', op: 'equals', value: 'entreprise' }] },
          prefill: { source: 'company-register', detail: 'fiche de l’entreprise' },
        },
      ],
    },
    {
      id: 'p2',
      title: 'Votre véhicule',
      visibleWhen: { any: [{ field: 'f-status', op: 'filled' }] },
      fields: [],
    },
  ],
};

describe('the form in the review, as the requester sees it', () => {
  it('shows every page and field at once, conditions and reasons spelled out', () => {
    render(<FormView form={form} />);
    expect(screen.getByRole('heading', { name: 'Page 1 : Vous' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Page 2 : Votre véhicule' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Une entreprise' })).toBeInTheDocument();
    // Shown although its condition does not hold: the reviewer sees every field.
    expect(screen.getByRole('textbox', { name: /^Numéro SIRET/ })).toBeInTheDocument();
    const siret = within(screen.getByRole('list', { name: 'Notes sur « Numéro SIRET »' }));
    expect(
      siret.getByText('Affiché seulement si « Vous êtes » vaut « Une entreprise ».'),
    ).toBeInTheDocument();
    expect(siret.getByText('La raison de cette question n’est pas donnée.')).toBeInTheDocument();
    expect(
      siret.getByText('Prérempli depuis le répertoire des entreprises (fiche de l’entreprise).'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Pourquoi cette question : Les pièces demandées en dépendent.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Page affichée seulement si « Vous êtes » est rempli.'),
    ).toBeInTheDocument();
  });
});

describe('a prefilled field whose data item is not named', () => {
  it('names the source without empty parentheses', () => {
    const bare: Form = {
      pages: [
        {
          id: 'p1',
          title: 'Vous',
          fields: [
            {
              id: 'f-name',
              key: 'nom',
              type: 'shortText',
              label: 'Nom',
              prefill: { source: 'franceconnect', detail: '  ' },
            },
          ],
        },
      ],
    };
    render(<FormView form={bare} />);
    const notes = within(screen.getByRole('list', { name: 'Notes sur « Nom »' }));
    expect(notes.getByText('Prérempli depuis FranceConnect.')).toBeInTheDocument();
    expect(notes.queryByText(/\(\s*\)/)).not.toBeInTheDocument();
  });
});
