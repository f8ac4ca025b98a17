import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import FormDesignerScreen from '../../../src/features/form-designer/FormDesignerScreen';
import { useNotifications } from '../../../src/state/notifications';
import { usePreviewAnswers } from '../../../src/state/previewAnswers';
import { useSelection } from '../../../src/state/selection';
import { selectInDesigner } from '../../../src/features/form-designer/state/designerStore';
import { field, openForm, resetStores, storedForm } from './setup';

afterEach(() => {
  resetStores();
  useNotifications.setState({ items: [] });
});

const labels = () => storedForm().pages.flatMap((page) => page.fields.map((f) => f.label));
const canvas = () => screen.getByRole('region', { name: 'Le formulaire' });
const palette = () => screen.getByRole('region', { name: 'Types de champ' });

describe('FormDesignerScreen', () => {
  it('adds a clicked type after the selection, and shows the label on the canvas as it is typed', async () => {
    const user = userEvent.setup();
    openForm([{ id: 'p1', title: 'Vous', fields: [field('a'), field('b')] }], 'a');
    useSelection.setState({ step: 'form' });
    render(<FormDesignerScreen />);
    await user.click(within(palette()).getByRole('button', { name: 'Date' }));
    expect(labels()).toEqual(['Label a', 'Date', 'Label b']);
    const label = screen.getByRole('textbox', { name: 'Libellé' });
    await user.clear(label);
    await user.type(label, 'Date de naissance');
    expect(
      within(canvas()).getByRole('button', { name: 'Déplacer « Date de naissance »' }),
    ).toBeInTheDocument();
    // Quick exception capture sees the field being edited, by its current label.
    expect(useSelection.getState().selected).toMatchObject({
      kind: 'field',
      label: 'Date de naissance',
    });
  });

  it('adds a clicked section or group after the section holding the selected field, not nowhere', async () => {
    const user = userEvent.setup();
    const section = field('s', 'section', { fields: [field('a'), field('b')] });
    openForm([{ id: 'p1', title: 'Vous', fields: [section, field('c')] }], 'a');
    render(<FormDesignerScreen />);
    await user.click(within(palette()).getByRole('button', { name: 'Bloc répétable' }));
    expect(labels()).toEqual(['Label s', 'Bloc répétable', 'Label c']);
    expect(storedForm().pages[0]!.fields[0]!.fields?.map((f) => f.label)).toEqual([
      'Label a',
      'Label b',
    ]);

    // A simple type still goes right after the nested field; a pasted section, after its section.
    act(() => selectInDesigner({ kind: 'field', id: 'b' }));
    await user.click(within(palette()).getByRole('button', { name: 'Date' }));
    expect(storedForm().pages[0]!.fields[0]!.fields?.map((f) => f.label)).toEqual([
      'Label a',
      'Label b',
      'Date',
    ]);
    act(() => selectInDesigner({ kind: 'field', id: 's' }));
    await user.click(screen.getByRole('button', { name: 'Copier' }));
    act(() => selectInDesigner({ kind: 'field', id: 'a' }));
    within(canvas())
      .getAllByRole('button', { name: /^Label a / })[0]!
      .focus();
    await user.keyboard('{Control>}v{/Control}');
    expect(labels()).toEqual(['Label s', 'Label s', 'Bloc répétable', 'Label c']);
  });

  it('places a type with the keyboard: Enter, arrows, Enter', async () => {
    const user = userEvent.setup();
    openForm([
      { id: 'p1', title: 'Vous', fields: [field('a')] },
      { id: 'p2', title: 'Pièces', fields: [field('b')] },
    ]);
    render(<FormDesignerScreen />);
    within(palette()).getByRole('button', { name: 'Pièce justificative' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(/choisissez où l’ajouter/)).toBeInTheDocument();
    expect(screen.getByText(/Après « Label b », page « Pièces »/)).toBeInTheDocument();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(screen.getByText(/^Après « Label a », page « Vous »/)).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(storedForm().pages.map((page) => page.fields.map((f) => f.label))).toEqual([
      ['Label a', 'Pièce justificative'],
      ['Label b'],
    ]);
  });

  it('moves a field with its handle and the keyboard, and Escape leaves it in place', async () => {
    const user = userEvent.setup();
    openForm([{ id: 'p1', title: 'Vous', fields: [field('a'), field('b'), field('c')] }]);
    render(<FormDesignerScreen />);
    within(canvas()).getByRole('button', { name: 'Déplacer « Label a »' }).focus();
    await user.keyboard('{Enter}{ArrowDown}{Escape}');
    expect(labels()).toEqual(['Label a', 'Label b', 'Label c']);
    await user.keyboard('{Enter}{End}{Enter}');
    expect(labels()).toEqual(['Label b', 'Label c', 'Label a']);
    expect(screen.getByText(/« Label a » déplacé/)).toBeInTheDocument();
  });

  it('deletes, duplicates, copies and pastes from the keyboard, and says what a deletion breaks', async () => {
    const user = userEvent.setup();
    const dependent = field('b', 'shortText', {
      visibleWhen: { all: [{ field: 'a', op: 'filled' }] },
    });
    openForm([{ id: 'p1', title: 'Vous', fields: [field('a'), dependent] }], 'a');
    render(<FormDesignerScreen />);
    const rows = (label: string) =>
      within(canvas()).getAllByRole('button', { name: new RegExp(`^${label} `) });
    const row = (label: string) => rows(label)[0]!;

    row('Label a').focus();
    await user.keyboard('{Control>}d{/Control}');
    expect(labels()).toEqual(['Label a', 'Label a', 'Label b']);
    // Focus follows the copy.
    await waitFor(() => expect(rows('Label a')[1]).toHaveFocus());
    await user.keyboard('{Control>}c{/Control}');
    row('Label b').focus();
    await user.keyboard('{Control>}v{/Control}');
    expect(labels()).toEqual(['Label a', 'Label a', 'Label b', 'Label a']);
    await waitFor(() => expect(rows('Label a')[2]).toHaveFocus());

    row('Label a').focus();
    await user.keyboard('{Delete}');
    expect(labels()).toEqual(['Label a', 'Label b', 'Label a']);
    expect(useNotifications.getState().items.at(-1)).toMatchObject({
      messageKey: 'form:deletedWithDependents',
      params: { count: 1 },
    });
    // The checks follow once the deletion is drawn.
    await waitFor(() => expect(row('Label b')).toHaveTextContent('1 problème'));
  });

  it('pastes into another form without the conditions that read fields it lacks, and says so', async () => {
    const user = userEvent.setup();
    const dependent = field('b', 'shortText', {
      visibleWhen: { all: [{ field: 'a', op: 'filled' }] },
    });
    openForm([{ id: 'p1', title: 'Vous', fields: [field('a'), dependent] }], 'b');
    const { unmount } = render(<FormDesignerScreen />);
    const row = (label: string) =>
      within(canvas()).getAllByRole('button', { name: new RegExp(`^${label} `) })[0]!;
    row('Label b').focus();
    await user.keyboard('{Control>}c{/Control}');
    unmount();

    // Another prototype, whose form has no field « a ».
    openForm([{ id: 'p9', title: 'Ailleurs', fields: [field('z')] }], 'z');
    render(<FormDesignerScreen />);
    row('Label z').focus();
    await user.keyboard('{Control>}v{/Control}');
    const pasted = storedForm().pages[0]!.fields[1]!;
    expect(pasted.label).toBe('Label b');
    expect(pasted.visibleWhen).toBeUndefined();
    expect(useNotifications.getState().items.at(-1)).toMatchObject({
      messageKey: 'form:pastedWithoutConditions',
      params: { count: 1 },
    });
  });

  it('keeps the focus on the page when its only field is deleted from the keyboard', async () => {
    const user = userEvent.setup();
    openForm([
      { id: 'p1', title: 'Vous', fields: [field('a')] },
      { id: 'p2', title: 'Pièces', fields: [field('b')] },
    ]);
    render(<FormDesignerScreen />);
    within(canvas())
      .getAllByRole('button', { name: /^Label b / })[0]!
      .focus();
    await user.keyboard('{Delete}');
    expect(labels()).toEqual(['Label a']);
    await waitFor(() =>
      expect(within(canvas()).getByRole('textbox', { name: 'Titre de la page 2' })).toHaveFocus(),
    );
    expect(screen.getByRole('region', { name: 'Propriétés' })).toHaveTextContent('Page « Pièces »');
  });

  it('moves the focus to the new page’s title, selected, so typing names it', async () => {
    const user = userEvent.setup();
    openForm([{ id: 'p1', title: 'Vous', fields: [field('a')] }]);
    render(<FormDesignerScreen />);
    await user.click(within(canvas()).getByRole('button', { name: 'Ajouter une page' }));
    const title = within(canvas()).getByRole<HTMLInputElement>('textbox', {
      name: 'Titre de la page 2',
    });
    await waitFor(() => expect(title).toHaveFocus());
    expect(title.value.slice(title.selectionStart ?? 0, title.selectionEnd ?? 0)).toBe(
      'Nouvelle page',
    );
    await user.keyboard('Justificatifs');
    expect(storedForm().pages.map((page) => page.title)).toEqual(['Vous', 'Justificatifs']);
  });

  it('publishes the preview’s answers by field id', async () => {
    const user = userEvent.setup();
    openForm([
      { id: 'p1', title: 'Vous', fields: [field('email', 'email', { label: 'Courriel' })] },
    ]);
    render(<FormDesignerScreen />);
    await user.click(screen.getByRole('button', { name: 'Afficher l’aperçu' }));
    const preview = screen.getByRole('region', { name: /Aperçu : le formulaire/ });
    await user.type(
      within(preview).getByRole('textbox', { name: /^Courriel/ }),
      'marie@exemple.fr',
    );
    expect(usePreviewAnswers.getState().answers).toEqual({ email: 'marie@exemple.fr' });
  });
});
