import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PrototypeException } from '../../../src/domain/exceptions/schema';
import ExceptionsScreen from '../../../src/features/exceptions/ExceptionsScreen';
import { useEditorStore } from '../../../src/state/editorStore';
import { requestReveal, useSelection } from '../../../src/state/selection';
import { openPrototypeWithField, stopAutosave } from './fixtures';

const exception = (id: string, title: string, context: PrototypeException['context']) =>
  ({
    id,
    title,
    description: '',
    frequency: 'unknown',
    status: 'open',
    context,
    createdAt: '2026-11-23T09:00:00.000Z',
  }) satisfies PrototypeException;

beforeEach(() => {
  const prototype = openPrototypeWithField();
  useEditorStore.setState({
    prototype: {
      ...prototype,
      exceptions: [
        exception('a', 'Nom d’usage', {
          step: 'form',
          target: { kind: 'field', id: 'f-name', label: 'Nom' },
        }),
        exception('b', 'Tutelle', { step: 'form' }),
      ],
    },
  });
});

afterEach(() => {
  stopAutosave();
  useSelection.setState({ step: undefined, selected: undefined, reveal: undefined });
});

describe('ExceptionsScreen and links to one thing', () => {
  it('opens the exception a link points at, focused, even when the filter hides it', async () => {
    const user = userEvent.setup();
    render(<ExceptionsScreen />);
    await user.selectOptions(screen.getByLabelText('Décision'), 'Sans décision');
    await user.selectOptions(screen.getByLabelText('Statut'), 'Résolue');
    expect(screen.queryByRole('article', { name: 'Tutelle' })).not.toBeInTheDocument();

    act(() => requestReveal('exceptions', { kind: 'exception', id: 'b' }));
    const card = screen.getByRole('article', { name: 'Tutelle' });
    expect(screen.getByRole('heading', { name: 'Tutelle' })).toHaveFocus();
    expect(within(card).getByRole('button', { name: 'Fermer' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(useSelection.getState().reveal).toBeUndefined();
  });

  it('asks the step an exception concerns to show its field', async () => {
    const user = userEvent.setup();
    const { hook } = memoryLocation({ path: '/exceptions' });
    render(
      <Router hook={hook}>
        <ExceptionsScreen />
      </Router>,
    );
    const card = screen.getByRole('article', { name: 'Nom d’usage' });
    await user.click(within(card).getByRole('link', { name: /Nom de famille/ }));
    expect(useSelection.getState().reveal).toEqual({
      step: 'form',
      target: { kind: 'field', id: 'f-name' },
    });
  });
});
