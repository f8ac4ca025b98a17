// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initialEditorState, useEditorStore, type SaveState } from '../../../src/state/editorStore';
import { guardLeavingWhileUnsaved } from '../../../src/state/leaveGuard';

const setSave = (state: SaveState) => useEditorStore.setState({ save: { state } });

/** Whether closing the tab now would ask first. */
function asksBeforeLeaving(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

afterEach(() => {
  useEditorStore.setState(initialEditorState);
  vi.restoreAllMocks();
});

describe('leaving a prototype whose changes cannot be stored', () => {
  it('asks first only while they cannot be stored', () => {
    const stop = guardLeavingWhileUnsaved();
    for (const state of ['saved', 'pending', 'saving'] as const) {
      setSave(state);
      expect(asksBeforeLeaving()).toBe(false);
    }
    for (const state of ['error', 'conflict', 'missing'] as const) {
      setSave(state);
      expect(asksBeforeLeaving()).toBe(true);
    }
    setSave('saved');
    expect(asksBeforeLeaving()).toBe(false);

    setSave('error');
    stop();
    expect(asksBeforeLeaving()).toBe(false);
  });

  it('leaves the page without a beforeunload listener while all is stored', () => {
    const added = vi.spyOn(window, 'addEventListener');
    const stop = guardLeavingWhileUnsaved();
    setSave('pending');
    setSave('saving');
    setSave('saved');
    expect(added.mock.calls.filter(([type]) => type === 'beforeunload')).toEqual([]);
    stop();
  });
});
