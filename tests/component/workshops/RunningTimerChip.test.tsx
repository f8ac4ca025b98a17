import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { updateAgendaItem } from '../../../src/domain/workshops/agendaCommands';
import { createPrototype } from '../../../src/domain/prototype/create';
import { newWorkshop } from '../../../src/domain/workshops/defaults';
import { RunningTimerChip } from '../../../src/features/workshops/RunningTimerChip';
import { cancelScheduledSave } from '../../../src/state/autosave';
import { execute } from '../../../src/state/commands';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import { FabrikDatabase, useDatabase } from '../../../src/storage/db';
import '../../../src/features/workshops/i18n';

const start = new Date('2026-11-23T09:00:00.000Z');

afterEach(() => {
  cancelScheduledSave();
  vi.useRealTimers();
});

describe('the running workshop in the prototype bar, on every step', () => {
  it('shows the time left and the agenda point in progress, which follows the agenda', () => {
    useDatabase(new FabrikDatabase('running-chip'));
    vi.useFakeTimers({ now: new Date(start.getTime() + 10 * 60_000) });
    const prototype = {
      ...createPrototype('Carte', start),
      workshops: [
        {
          ...newWorkshop('w1', 'Atelier 1'),
          startedAt: start.toISOString(),
          agenda: [
            { id: 'a1', title: 'Finalité', minutes: 20, done: false },
            { id: 'a2', title: 'Formulaire', minutes: 60, done: false },
          ],
        },
      ],
    };
    useEditorStore.setState({ ...initialEditorState, prototype, load: { state: 'ready' } });
    render(<RunningTimerChip />);
    expect(screen.getByRole('timer', { name: 'Temps restant de Atelier 1' })).toHaveTextContent(
      'Atelier 1 · 1:50:00',
    );
    expect(screen.getByText('Point en cours : Finalité')).toBeInTheDocument();

    act(() => {
      execute(updateAgendaItem({ workshopId: 'w1', itemId: 'a1', changes: { done: true } }));
    });
    expect(screen.getByText('Point en cours : Formulaire')).toBeInTheDocument();
    act(() => {
      execute(updateAgendaItem({ workshopId: 'w1', itemId: 'a2', changes: { done: true } }));
    });
    expect(screen.queryByText(/Point en cours/)).not.toBeInTheDocument();
  });
});
