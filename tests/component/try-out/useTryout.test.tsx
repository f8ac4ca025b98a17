import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ProcessGraph } from '../../../src/domain/process/graph';
import { completeStep } from '../../../src/domain/tryout/run';
import { useTryout } from '../../../src/features/try-out/useTryout';
import { useNotifications } from '../../../src/state/notifications';
import type { TryoutRow } from '../../../src/storage/db';
import * as repository from '../../../src/storage/tryoutRepository';

/** What the database tells the hook: the row now, then whenever any tab changes it. */
const database: {
  change?: (row: TryoutRow | undefined) => void;
  error?: (error: unknown) => void;
} = {};

vi.mock('../../../src/storage/tryoutRepository', () => ({
  watchTryout: vi.fn(
    (
      _id: string,
      change: (stored: repository.StoredTryout) => void,
      error: typeof database.error,
    ) => {
      database.change = (row) => change(row ? { kind: 'found', row } : { kind: 'none' });
      database.error = error;
      return () => undefined;
    },
  ),
  saveTryout: vi.fn(() => Promise.resolve()),
  deleteTryout: vi.fn(() => Promise.resolve()),
}));

afterEach(() => {
  useNotifications.setState({ items: [] });
  vi.clearAllMocks();
});

describe('useTryout', () => {
  it('says when the stored try-out cannot be read, instead of a silent blank form', async () => {
    const { result } = renderHook(() => useTryout('proto-1'));
    act(() => database.error?.(new Error('unavailable')));
    await waitFor(() => expect(result.current.state).toBe('ready'));
    expect(useNotifications.getState().items.map((item) => item.messageKey)).toEqual([
      'tryOut:run.loadFailed',
    ]);
  });

  it('undoes to the run as it was, not to a refusal already said', async () => {
    // start → t → (g1 ⇄ g2): completing t loops, so it is refused.
    const graph: ProcessGraph = {
      elements: [
        { id: 'start', type: 'bpmn:StartEvent', kind: 'start', name: '' },
        { id: 't', type: 'bpmn:UserTask', kind: 'task', name: 't' },
        { id: 'u', type: 'bpmn:UserTask', kind: 'task', name: 'u' },
        { id: 'g1', type: 'bpmn:ExclusiveGateway', kind: 'gateway', name: '' },
        { id: 'g2', type: 'bpmn:ExclusiveGateway', kind: 'gateway', name: '' },
      ],
      flows: [
        { id: 'f1', sourceId: 'start', targetId: 't', name: '' },
        { id: 'f2', sourceId: 'start', targetId: 'u', name: '' },
        { id: 'f3', sourceId: 't', targetId: 'g1', name: '' },
        { id: 'f4', sourceId: 'g1', targetId: 'g2', name: '' },
        { id: 'f5', sourceId: 'g2', targetId: 'g1', name: '' },
      ],
    };
    const { result } = renderHook(() => useTryout('proto-1'));
    act(() => database.change?.(undefined));
    await waitFor(() => expect(result.current.state).toBe('ready'));
    act(() => result.current.start({}, graph, { length: 8, alphabet: 'BCDF' } as never));
    const tokenOn = (id: string) =>
      result.current.state === 'ready'
        ? result.current.row?.run.tokens.find((token) => token.elementId === id)?.id
        : undefined;
    act(() => result.current.act((run) => completeStep(graph, run, tokenOn('t') ?? '')));
    act(() => result.current.act((run) => completeStep(graph, run, tokenOn('u') ?? '')));
    act(() => result.current.undo());
    expect(result.current.state === 'ready' && result.current.row?.run.problem).toBeUndefined();
  });

  it('follows another tab playing the same try-out, and ignores the echo of its own writes', () => {
    const graph: ProcessGraph = {
      elements: [
        { id: 'start', type: 'bpmn:StartEvent', kind: 'start', name: '' },
        { id: 't', type: 'bpmn:UserTask', kind: 'task', name: 't' },
      ],
      flows: [{ id: 'f1', sourceId: 'start', targetId: 't', name: '' }],
    };
    const { result } = renderHook(() => useTryout('proto-1'));
    act(() => database.change?.(undefined));
    act(() =>
      result.current.start({ nom: 'Awa' }, graph, { length: 8, alphabet: 'BCDF' } as never),
    );
    const written = vi.mocked(repository.saveTryout).mock.calls.at(-1)![0];
    act(() => database.change?.(written));
    expect(useNotifications.getState().items).toEqual([]);

    const elsewhere = { ...written, code: 'ZZZZZZZZ', writeId: 'another-tab' };
    act(() => database.change?.(elsewhere));
    expect(result.current.state === 'ready' && result.current.row?.code).toBe('ZZZZZZZZ');
    expect(useNotifications.getState().items.map((item) => item.messageKey)).toEqual([
      'tryOut:run.changedElsewhere',
    ]);

    // Said once while this tab only watches, not once per action of the other.
    act(() => database.change?.({ ...elsewhere, code: 'XXXXXXXX', writeId: 'another-tab-2' }));
    expect(useNotifications.getState().items).toHaveLength(1);

    act(() => database.change?.(undefined));
    expect(result.current.state === 'ready' && result.current.row).toBeUndefined();
  });
});
