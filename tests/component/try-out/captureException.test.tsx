import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { ExceptionCapture } from '../../../src/features/exceptions/ExceptionCapture';
import TryoutScreen from '../../../src/features/try-out/TryoutScreen';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import { setCurrentStep } from '../../../src/state/selection';
import type { StoredTryout } from '../../../src/storage/tryoutRepository';

vi.mock('../../../src/storage/tryoutRepository', () => ({
  watchTryout: vi.fn((_id: string, change: (stored: StoredTryout) => void) => {
    change({ kind: 'none' });
    return () => undefined;
  }),
  saveTryout: vi.fn(() => Promise.resolve()),
  deleteTryout: vi.fn(() => Promise.resolve()),
}));

afterEach(() => {
  cancelScheduledSave();
});

describe('an exception noted while trying the e-service', () => {
  it('is filed under the try-out, where it was noted', async () => {
    const user = userEvent.setup();
    const prototype = createPrototype('Carte', new Date('2026-11-23T09:00:00.000Z'));
    useEditorStore.setState({ ...initialEditorState, prototype, load: { state: 'ready' } });
    // The try-out is beside the steps, not one of them: the route says no step is on screen.
    setCurrentStep(undefined);
    render(
      <>
        <ExceptionCapture />
        <TryoutScreen />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Noter une exception' }));
    const dialog = screen.getByRole('dialog', { name: 'Noter une exception' });
    expect(within(dialog).getByText(/Notée depuis : Essayer l’e-service/)).toBeInTheDocument();
    await user.type(
      within(dialog).getByLabelText('De quel cas s’agit-il ?'),
      'Pas de justificatif en ligne{Enter}',
    );
    expect(useEditorStore.getState().prototype?.exceptions).toEqual([
      expect.objectContaining({ context: { step: 'try-out' } }),
    ]);
  });
});
