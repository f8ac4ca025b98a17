import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Form } from '../../../src/domain/form/schema';
import { FormView } from '../../../src/features/review/content/FormView';
import '../../../src/features/review/i18n';
import { RequesterForm } from '../../../src/ui/requester-form/RequesterForm';

/** A form stored before imports checked ids, with a field named like a built-in. */
const form = (id: string): Form => ({
  pages: [
    {
      id: 'p1',
      title: 'Vous',
      fields: [
        { id: 'nom', key: 'nom', type: 'shortText', label: 'Nom' },
        { id, key: 'prenom', type: 'shortText', label: 'Prénom' },
      ],
    },
  ],
});

describe('a form whose field ids a form box cannot carry', () => {
  it.each(['constructor', '__proto__', 'a.b'])(
    'says so instead of crashing, in the try-out and the preview (« %s »)',
    (id) => {
      render(<RequesterForm form={form(id)} title="Essai" />);
      expect(screen.getByRole('alert')).toHaveTextContent(
        `le champ « Prénom » a pour identifiant « ${id} »`,
      );
    },
  );

  it('says so instead of crashing, in the review', () => {
    render(<FormView form={form('constructor')} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Ce formulaire ne peut pas être affiché');
  });

  it('is shown as usual when every id is one Fabrik makes', () => {
    render(<RequesterForm form={form('prenom-1')} title="Essai" />);
    expect(screen.getByLabelText(/Prénom/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
