import { act, renderHook, screen } from '@testing-library/react';
import { Component, type ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addField, updateField } from '../../../src/domain/form/commands';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { useEditorStore } from '../../../src/state/editorStore';

// Engines that load only when the test says so.
const engines = vi.hoisted(() => {
  let done = false;
  let finish = () => {};
  const loading = new Promise<void>((resolve) => (finish = resolve));
  return {
    loads: 0,
    broken: false,
    arrive() {
      done = true;
      finish();
    },
    isLoaded: () => done,
    forget() {
      done = false;
    },
    load() {
      this.loads += 1;
      return this.broken ? Promise.reject(new Error('offline')) : loading;
    },
  };
});

vi.mock('../../../src/domain/form/patternEngines', () => ({
  loadPatternEngines: () => engines.load(),
  patternEnginesLoaded: () => engines.isLoaded(),
}));

const { usePatternChecksReady } = await import('../../../src/app/prototype/usePatternChecksReady');

const plain = createPrototype('Carte', new Date('2026-12-06T09:00:00Z'));
const withPattern = (prototype: Prototype) =>
  updateField({ id: 'plate', patch: { validation: { pattern: '[A-Z]{2}' } } }).apply(
    addField({
      type: 'shortText',
      id: 'plate',
      at: { pageId: prototype.form.pages[0]!.id, index: 0 },
      text: { label: 'Immatriculation' },
    }).apply(prototype),
  );

beforeEach(() => useEditorStore.setState({ prototype: plain }));

/** Shows what a failure thrown by the hook says. */
class Boundary extends Component<{ children: ReactNode }, { error?: Error }> {
  override state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>Échec : {this.state.error.message}</p> : this.props.children;
  }
}

describe('usePatternChecksReady', () => {
  it('shows a prototype without patterns at once, and one with a pattern once the engines are there', async () => {
    const { result } = renderHook(() => usePatternChecksReady());
    expect(result.current).toBe(true);
    expect(engines.loads).toBe(0);

    // A pattern arrives (another device's edit) before the engines: the steps wait.
    act(() => useEditorStore.setState({ prototype: withPattern(plain) }));
    expect(result.current).toBe(false);
    expect(engines.loads).toBe(1);

    await act(async () => engines.arrive());
    expect(result.current).toBe(true);
  });

  it('does not re-render the prototype frame on an edit that brings no pattern', () => {
    let renders = 0;
    renderHook(() => {
      renders += 1;
      return usePatternChecksReady();
    });
    const before = renders;
    // Keystrokes in the prototype's name: the frame that holds every step stays as it is.
    act(() => useEditorStore.setState({ prototype: { ...plain, name: 'Carte grise' } }));
    act(() => useEditorStore.setState({ prototype: { ...plain, name: 'Carte grise 2' } }));
    expect(renders).toBe(before);
  });

  it('says so when the engines cannot load, rather than waiting for ever', async () => {
    engines.broken = true;
    engines.forget();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    useEditorStore.setState({ prototype: withPattern(plain) });
    renderHook(() => usePatternChecksReady(), { wrapper: Boundary });
    expect(await screen.findByText('Échec : offline')).toBeInTheDocument();
  });
});
