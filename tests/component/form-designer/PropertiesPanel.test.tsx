import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { removeField } from '../../../src/domain/form/commands';
import '../../../src/features/form-designer/i18n';
import { PropertiesPanel } from '../../../src/features/form-designer/properties/PropertiesPanel';
import { execute, undo } from '../../../src/state/commands';
import '../../../src/ui/requester-form/readinessMessages';
import { field, openForm, resetStores, stored } from './setup';

afterEach(resetStores);

const page = (fields: ReturnType<typeof field>[]) => ({ id: 'p1', title: 'Vous', fields });

describe('PropertiesPanel', () => {
  it('edits the label as it is typed, and flags an empty one', async () => {
    const user = userEvent.setup();
    openForm([page([field('a', 'shortText', { key: 'nom' })])], 'a');
    render(<PropertiesPanel />);
    const label = screen.getByRole('textbox', { name: 'Libellé' });
    await user.clear(label);
    expect(screen.getByText(/n’a pas de libellé/)).toBeInTheDocument();
    await user.type(label, 'Nom de naissance');
    expect(stored('a')?.label).toBe('Nom de naissance');
    expect(screen.queryByText(/n’a pas de libellé/)).not.toBeInTheDocument();
  });

  it('keeps its boxes in a form of their own, which Enter never submits', async () => {
    const user = userEvent.setup();
    openForm([page([field('a', 'shortText', { label: 'Nom' }), field('b')])], 'a');
    const { container } = render(
      <>
        <input aria-label="Titre de la page" />
        <PropertiesPanel />
      </>,
    );
    const label = screen.getByRole('textbox', { name: 'Libellé' });
    // The browser's autofill reads the form a box belongs to after each keystroke: the
    // panel's boxes are not one form with every other box of the page.
    const form = label.closest('form');
    expect(form).not.toBeNull();
    expect(form).toBe(screen.getByRole('textbox', { name: /Nom de la donnée/ }).closest('form'));
    expect(screen.getByRole('textbox', { name: 'Titre de la page' }).closest('form')).toBeNull();
    let submitted = false;
    container.addEventListener('submit', (event) => (submitted = !event.defaultPrevented));
    await user.type(label, ' de famille{Enter}');
    expect(submitted).toBe(false);
    expect(stored('a')?.label).toBe('Nom de famille');
  });

  it('heads the panel with the field’s label, its type on a line below', async () => {
    const user = userEvent.setup();
    openForm([page([field('a', 'file', { label: 'Attestation de quotient familial' })])], 'a');
    render(<PropertiesPanel />);
    const panel = within(screen.getByRole('region', { name: 'Propriétés' }));
    expect(
      panel.getByRole('heading', { level: 3, name: 'Attestation de quotient familial' }),
    ).toBeInTheDocument();
    expect(panel.getByText('Pièce justificative')).toBeInTheDocument();
    expect(panel.queryByText(/Champ «/)).not.toBeInTheDocument();
    await user.clear(panel.getByRole('textbox', { name: 'Libellé' }));
    expect(panel.getByRole('heading', { level: 3, name: 'Sans libellé' })).toBeInTheDocument();
  });

  it('keeps keys unique: a taken key stays in the box with a message', async () => {
    const user = userEvent.setup();
    openForm([page([field('a'), field('b', 'shortText', { key: 'courriel' })])], 'a');
    render(<PropertiesPanel />);
    const key = screen.getByRole('textbox', { name: /Nom de la donnée/ });
    await user.clear(key);
    await user.type(key, 'courriel');
    expect(
      screen.getByText('Le nom de donnée « courriel » est déjà utilisé par un autre champ.'),
    ).toBeInTheDocument();
    expect(stored('a')?.key).not.toBe('courriel');
    await user.type(key, '_2');
    expect(stored('a')?.key).toBe('courriel_2');
  });

  it('adds, pastes, reorders and removes options, and flags duplicate values', async () => {
    const user = userEvent.setup();
    openForm(
      [page([field('r', 'radio', { options: [{ id: 'o1', value: 'velo', label: 'Vélo' }] })])],
      'r',
    );
    render(<PropertiesPanel />);
    const pasteBox = screen.getByRole('textbox', { name: 'Coller plusieurs lignes' });
    expect(pasteBox).toHaveAccessibleDescription(
      'Une option par ligne ; les lignes vides sont ignorées.',
    );
    await user.type(pasteBox, 'Voiture\n\nMoto\nVélo');
    await user.click(screen.getByRole('button', { name: 'Ajouter ces options' }));
    expect(stored('r')?.options?.map((o) => o.value)).toEqual([
      'velo',
      'voiture',
      'moto',
      'velo_2',
    ]);

    await user.click(screen.getByRole('button', { name: 'Descendre l’option 1' }));
    expect(stored('r')?.options?.map((o) => o.label)).toEqual(['Voiture', 'Vélo', 'Moto', 'Vélo']);
    await user.click(screen.getByRole('button', { name: 'Supprimer l’option 4' }));
    expect(stored('r')?.options).toHaveLength(3);

    const value = screen.getByRole('textbox', { name: 'Valeur de l’option 3' });
    await user.clear(value);
    await user.type(value, 'velo');
    expect(screen.getAllByText('Cette valeur est déjà celle d’une autre option.')).toHaveLength(2);
    expect(screen.getByText(/a deux options de même valeur « velo »/)).toBeInTheDocument();
  });

  it('flags an impossible rule, and keeps what is not a number out of the document', async () => {
    const user = userEvent.setup();
    openForm([page([field('n', 'number')])], 'n');
    render(<PropertiesPanel />);
    await user.type(screen.getByRole('textbox', { name: 'Valeur minimale' }), '10');
    await user.type(screen.getByRole('textbox', { name: 'Valeur maximale' }), '5');
    expect(stored('n')?.validation).toMatchObject({ min: 10, max: 5 });
    expect(screen.getByText(/au moins 10 et d’au plus 5 : c’est impossible/)).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Valeur maximale' }), 'x');
    expect(screen.getByText('Saisissez un nombre.')).toBeInTheDocument();
    expect(stored('n')?.validation?.max).toBe(5);
  });

  it('sets file rules, typed as a list, with the designer’s own message', async () => {
    const user = userEvent.setup();
    openForm([page([field('f', 'file')])], 'f');
    render(<PropertiesPanel />);
    await user.type(screen.getByRole('textbox', { name: /^Formats acceptés/ }), '.PDF, jpg');
    expect(screen.getByRole('textbox', { name: /^Formats acceptés/ })).toHaveValue('.PDF, jpg');
    await user.type(
      screen.getByRole('textbox', { name: /Message si « Formats acceptés »/ }),
      'Envoyez un PDF ou une photo.',
    );
    expect(stored('f')?.validation).toEqual({
      fileTypes: ['pdf', 'jpg'],
      messages: { fileTypes: 'Envoyez un PDF ou une photo.' },
    });

    // A size of 0 is refused where it is typed: the document's schema, and so an import of
    // the exported file, would refuse it.
    const size = screen.getByRole('textbox', { name: 'Taille maximale d’un fichier (Mo)' });
    await user.type(size, '0');
    expect(screen.getByText('Saisissez un nombre supérieur à 0.')).toBeInTheDocument();
    expect(stored('f')?.validation?.maxSizeMb).toBeUndefined();
    await user.type(size, ',5');
    expect(stored('f')?.validation?.maxSizeMb).toBe(0.5);
  });

  it('says why a number rule is refused: not whole, or below zero', async () => {
    const user = userEvent.setup();
    openForm([page([field('t', 'shortText')])], 't');
    render(<PropertiesPanel />);
    await user.type(screen.getByRole('textbox', { name: 'Nombre minimal de caractères' }), '-1');
    expect(screen.getByText('Saisissez un nombre supérieur ou égal à 0.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Nombre maximal de caractères' }), '2.5');
    expect(screen.getByText('Saisissez un nombre entier.')).toBeInTheDocument();
    expect(stored('t')?.validation).toEqual({ maxLength: 2 });
  });

  it('lets a decimal bound be typed the French way, comma included', async () => {
    const user = userEvent.setup();
    openForm([page([field('m', 'amount')])], 'm');
    render(<PropertiesPanel />);
    const min = screen.getByRole('textbox', { name: 'Valeur minimale' });
    await user.type(min, '12,50');
    expect(min).toHaveValue('12,50');
    expect(stored('m')?.validation).toEqual({ min: 12.5 });
  });

  it('sets the requirement: optional, or only under a condition', async () => {
    const user = userEvent.setup();
    openForm([page([field('q', 'yesNo'), field('a', 'shortText', { required: true })])], 'a');
    render(<PropertiesPanel />);
    await user.click(screen.getByRole('radio', { name: 'Facultative' }));
    expect(stored('a')?.required).toBe(false);
    await user.click(screen.getByRole('radio', { name: 'Obligatoire seulement si…' }));
    await user.click(screen.getAllByRole('button', { name: 'Ajouter une règle' })[0]!);
    expect(stored('a')?.requiredWhen).toEqual({
      all: [{ field: 'q', op: 'equals', value: 'yes' }],
    });
  });

  it('builds a visibility condition by choosing, shows the link, and flags a deleted field', async () => {
    const user = userEvent.setup();
    const choices = [
      { id: '1', value: 'particulier', label: 'Particulier' },
      { id: '2', value: 'entreprise', label: 'Entreprise' },
    ];
    openForm(
      [
        page([
          field('status', 'radio', { label: 'Statut', options: choices }),
          field('siret', 'siret'),
        ]),
      ],
      'siret',
    );
    render(<PropertiesPanel />);
    await user.click(screen.getByRole('radio', { name: 'Affiché seulement si…' }));
    await user.click(screen.getByRole('button', { name: 'Ajouter une règle' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Valeur' }), 'Entreprise');
    expect(stored('siret')?.visibleWhen).toEqual({
      all: [{ field: 'status', op: 'equals', value: 'entreprise' }],
    });
    const links = screen.getByRole('region', { name: 'Liens avec les autres champs' });
    expect(within(links).getByRole('button', { name: 'Statut' })).toBeInTheDocument();

    execute(removeField({ id: 'status' }));
    expect(await screen.findByRole('option', { name: '(champ supprimé)' })).toBeInTheDocument();
    expect(
      screen.getAllByText('Une condition de « Label siret » porte sur un champ supprimé.').length,
    ).toBeGreaterThan(0);
    undo();
    expect(await screen.findByRole('option', { name: 'Statut' })).toBeInTheDocument();
  });

  it('adds a rule on the form as it is, even before the panel has redrawn a deletion', () => {
    openForm(
      [
        page([
          field('a', 'shortText', { label: 'Nom' }),
          field('b', 'shortText', { label: 'Prénom' }),
          field('c', 'shortText', { visibleWhen: { all: [] } }),
        ]),
      ],
      'c',
    );
    render(<PropertiesPanel />);
    act(() => {
      execute(removeField({ id: 'b' }));
    });
    // No frame has been drawn since: the click comes at once.
    fireEvent.click(screen.getByRole('button', { name: 'Ajouter une règle' }));
    expect(stored('c')?.visibleWhen).toEqual({ all: [{ field: 'a', op: 'equals', value: '' }] });
  });

  it('reads several values typed in one box: French decimals for numbers, spaces kept', async () => {
    const user = userEvent.setup();
    const oneOf = (field: string) => ({ all: [{ field, op: 'oneOf' as const, value: [] }] });
    openForm(
      [
        page([
          field('amount', 'amount', { label: 'Montant' }),
          field('town', 'shortText', { label: 'Ville' }),
          field('why', 'longText', { visibleWhen: oneOf('amount'), requiredWhen: oneOf('town') }),
        ]),
      ],
      'why',
    );
    render(<PropertiesPanel />);
    // « Obligatoire » comes before « Affichage » in the panel.
    const [towns, amounts] = screen.getAllByRole('textbox', { name: 'Valeur' });
    await user.type(amounts!, '2,5 ; 10');
    expect(stored('why')?.visibleWhen).toEqual({
      all: [{ field: 'amount', op: 'oneOf', value: ['2,5', '10'] }],
    });
    expect(amounts).toHaveValue('2,5 ; 10');
    await user.type(towns!, 'Le Mans, Paris');
    expect(stored('why')?.requiredWhen).toEqual({
      all: [{ field: 'town', op: 'oneOf', value: ['Le Mans', 'Paris'] }],
    });
    expect(screen.getByText(/Nombres séparés par des points-virgules/)).toBeInTheDocument();
  });

  it('records why the field is needed and where it is prefilled from', async () => {
    const user = userEvent.setup();
    openForm([page([field('a', 'identity')])], 'a');
    render(<PropertiesPanel />);
    await user.type(
      screen.getByRole('textbox', { name: /Pourquoi avons-nous besoin/ }),
      'Identifier le demandeur',
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Préremplie depuis une source vérifiée' }),
      'FranceConnect (identité)',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Quelle donnée, dans cette source ?' }),
      'Identité pivot',
    );
    expect(stored('a')).toMatchObject({
      justification: 'Identifier le demandeur',
      prefill: { source: 'franceconnect', detail: 'Identité pivot' },
    });
  });

  it('records why a field needs no justification, and takes it back', async () => {
    const user = userEvent.setup();
    openForm([page([field('a', 'email')])], 'a');
    render(<PropertiesPanel />);
    const waiver = screen.getByRole('checkbox', {
      name: 'Cette question n’a pas besoin de justification',
    });
    await user.click(waiver);
    expect(
      screen.queryByRole('textbox', { name: /Pourquoi avons-nous besoin/ }),
    ).not.toBeInTheDocument();
    await user.type(
      screen.getByRole('textbox', { name: 'Pourquoi n’en a-t-elle pas besoin ?' }),
      'Le demandeur choisit d’être contacté par courriel',
    );
    expect(stored('a')?.noJustificationReason).toBe(
      'Le demandeur choisit d’être contacté par courriel',
    );
    await user.click(waiver);
    expect(stored('a')?.noJustificationReason).toBeUndefined();
    expect(screen.getByRole('textbox', { name: /Pourquoi avons-nous besoin/ })).toBeVisible();
  });

  it('renames a made-up option value with its label in a draft', async () => {
    const user = userEvent.setup();
    const options = [{ id: 'o2', value: 'option_2', label: 'Option 2' }];
    openForm([page([field('r', 'radio', { options })])], 'r');
    render(<PropertiesPanel />);
    const label = screen.getByRole('textbox', { name: 'Libellé de l’option 1' });
    await user.clear(label);
    await user.type(label, 'Entreprise');
    expect(stored('r')?.options).toEqual([{ id: 'o2', value: 'entreprise', label: 'Entreprise' }]);
    expect(screen.getByRole('textbox', { name: 'Valeur de l’option 1' })).toHaveValue('entreprise');
  });
});
