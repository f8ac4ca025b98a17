import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import PurposeScreen from '../../../src/features/purpose/PurposeScreen';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';

beforeEach(() => {
  useEditorStore.setState({
    ...initialEditorState,
    prototype: createPrototype('Carte de stationnement', new Date()),
    load: { state: 'ready' },
  });
});

describe('PurposeScreen', () => {
  it('guides each item with a label and a help text', () => {
    render(<PurposeScreen />);
    const box = screen.getByLabelText('Ce que la démarche ne couvrira pas');
    expect(box).toHaveAccessibleDescription(/Les cas et les demandes laissés de côté/);
  });

  it('puts what is typed into the prototype and counts the items filled', async () => {
    render(<PurposeScreen />);
    expect(screen.getByText('Rubriques remplies : 0 sur 6')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Pour qui ?'), 'Les résidents');
    expect(useEditorStore.getState().prototype?.purpose.audience).toBe('Les résidents');
    expect(screen.getByText('Rubriques remplies : 1 sur 6')).toBeInTheDocument();
    expect(useEditorStore.getState().history.past).toHaveLength(1);
  });

  it('shows typed text as text, never as HTML', async () => {
    render(<PurposeScreen />);
    await userEvent.type(
      screen.getByLabelText('Service responsable'),
      '<img src=x onerror=alert(1)>',
    );
    expect(screen.getByLabelText('Service responsable')).toHaveValue(
      '<img src=x onerror=alert(1)>',
    );
    expect(document.querySelector('img')).toBeNull();
  });

  it('keeps the name on screen with an error when it is emptied, without storing it', async () => {
    render(<PurposeScreen />);
    const name = screen.getByLabelText(/Nom de la démarche/);
    await userEvent.clear(name);
    expect(screen.getByText('Le nom est obligatoire.')).toBeInTheDocument();
    expect(useEditorStore.getState().prototype?.name).toBe('Carte de stationnement');
    await userEvent.type(name, 'Carte résident');
    expect(useEditorStore.getState().prototype?.name).toBe('Carte résident');
  });
});
