import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/app/ErrorBoundary';
import { createPrototype } from '../../../src/domain/prototype/create';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';

let broken = true;
function Fragile() {
  if (broken) throw new Error('Le composant a cassé');
  return <p>Tout va bien</p>;
}

afterEach(() => {
  useEditorStore.setState(initialEditorState);
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('keeps a broken screen from blanking the app, offers an export, and lets the user retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useEditorStore.setState({
      prototype: createPrototype('Carte', new Date()),
      load: { state: 'ready' },
    });
    broken = true;
    render(
      <>
        <p>Le reste de l’application</p>
        <ErrorBoundary>
          <Fragile />
        </ErrorBoundary>
      </>,
    );
    expect(screen.getByText('Le reste de l’application')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Cette partie de l’écran a rencontré une erreur',
    );
    expect(
      screen.getByRole('button', { name: 'Exporter le prototype (fichier .fabrik.json)' }),
    ).toBeInTheDocument();

    broken = false;
    await userEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(screen.getByText('Tout va bien')).toBeInTheDocument();
  });
});
