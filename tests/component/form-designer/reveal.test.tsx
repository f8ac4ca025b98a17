import { act, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import FormDesignerScreen from '../../../src/features/form-designer/FormDesignerScreen';
import { useDesigner } from '../../../src/features/form-designer/state/designerStore';
import { requestReveal, useSelection } from '../../../src/state/selection';
import { field, openForm, resetStores } from './setup';

afterEach(() => {
  resetStores();
  useSelection.setState({ step: undefined, selected: undefined, reveal: undefined });
});

const properties = () => screen.getByRole('region', { name: 'Propriétés' });

describe('FormDesignerScreen: a link to a field or a page', () => {
  it('opens with the field a link points at selected and focused, and takes the request once', async () => {
    openForm([{ id: 'p1', title: 'Vous', fields: [field('a'), field('b')] }], 'a');
    requestReveal('form', { kind: 'field', id: 'b' });
    render(<FormDesignerScreen />);
    expect(within(properties()).getByRole('textbox', { name: 'Libellé' })).toHaveValue('Label b');
    await waitFor(() =>
      expect(document.activeElement).toBe(document.querySelector('[data-select-for="b"]')),
    );
    expect(useSelection.getState().reveal).toBeUndefined();
  });

  it('selects a page while open, and leaves another step’s request alone', async () => {
    openForm([
      { id: 'p1', title: 'Vous', fields: [field('a')] },
      { id: 'p2', title: 'Pièces', fields: [] },
    ]);
    render(<FormDesignerScreen />);
    act(() => requestReveal('process', { kind: 'process-element', id: 'Task_1' }));
    expect(useDesigner.getState().selection).toBeUndefined();
    expect(useSelection.getState().reveal).toBeDefined();

    act(() => requestReveal('form', { kind: 'page', id: 'p2' }));
    expect(useDesigner.getState().selection).toEqual({ kind: 'page', id: 'p2' });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('textbox', { name: 'Titre de la page 2' }),
      ),
    );
  });
});
