import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import { liveLimits } from '../../../src/domain/live/limits';
import { bindPresence } from '../../../src/state/live/presence';
import { useLiveSession } from '../../../src/state/liveSession';
import { select, setCurrentStep } from '../../../src/state/selection';

/** Two people's awareness, kept in step as the server relays it. */
function pair() {
  const alice = new Awareness(new Y.Doc());
  const bob = new Awareness(new Y.Doc());
  let connected = true;
  const relay = (from: Awareness, to: Awareness) =>
    from.on('update', ({ added, updated, removed }: Record<string, number[]>) => {
      if (!connected) return;
      const changed = [...added!, ...updated!, ...removed!];
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, changed), 'remote');
    });
  relay(alice, bob);
  relay(bob, alice);
  /** Bob's connection drops: the server tells Alice he is gone. */
  const bobLeaves = () => {
    connected = false;
    removeAwarenessStates(alice, [bob.clientID], 'server');
  };
  return { alice, bob, bobLeaves };
}

afterEach(() => {
  vi.useRealTimers();
  useLiveSession.setState({ participants: [] });
});

describe('presence in a live workshop', () => {
  it('carries what each person selected, with their name and colour, to the others', () => {
    const { alice, bob } = pair();
    bindPresence(bob, { id: 'bob-0001', name: 'Bob <i>B.</i>' }, () => 'editor');
    setCurrentStep('form');
    const aliceBinding = bindPresence(alice, { id: 'alice-001', name: 'Alice' }, () => 'owner');
    select({ kind: 'field', id: 'field-1', label: 'Courriel' });
    // Both bindings share one selection store here: read Bob's view of Alice from her awareness.
    const aliceSeen = [...bob.getStates().entries()].find(([id]) => id === alice.clientID)![1];
    expect(aliceSeen.user).toMatchObject({ name: 'Alice', role: 'owner' });
    expect(aliceSeen.user.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(aliceSeen.selected).toEqual({ kind: 'field', id: 'field-1', label: 'Courriel' });
    expect(aliceSeen.step).toBe('form');
    aliceBinding.stop();
  });

  it('the diagram is held by whoever changed it first, until they go idle or leave', () => {
    vi.useFakeTimers();
    const { alice, bob, bobLeaves } = pair();
    const aliceBinding = bindPresence(alice, { id: 'alice-001', name: 'Alice' }, () => 'owner');
    const bobBinding = bindPresence(bob, { id: 'bob-0001', name: 'Bob' }, () => 'editor');
    expect(bobBinding.diagramHeldByOther()).toBe(false);

    aliceBinding.touchDiagram();
    expect(bobBinding.diagramHeldByOther()).toBe(true);
    expect(aliceBinding.diagramHeldByOther()).toBe(false);
    // Each change keeps it a while longer.
    vi.advanceTimersByTime(liveLimits.diagramIdleMs - 1000);
    aliceBinding.touchDiagram();
    vi.advanceTimersByTime(liveLimits.diagramIdleMs - 1000);
    expect(bobBinding.diagramHeldByOther()).toBe(true);
    // Idle: released.
    vi.advanceTimersByTime(1000);
    expect(bobBinding.diagramHeldByOther()).toBe(false);

    // Bob takes it; his connection drops and the server removes his state: released.
    bobBinding.touchDiagram();
    expect(aliceBinding.diagramHeldByOther()).toBe(true);
    bobLeaves();
    expect(aliceBinding.diagramHeldByOther()).toBe(false);
    aliceBinding.stop();
    bobBinding.stop();
  });
});
