import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as screens from '../../../src/app/prototype/stepScreens';

const loaded: string[] = [];

// Each screen's loader records that it ran, and resolves at once (a cached chunk).
vi.mock('../../../src/app/prototype/stepScreens', async (importOriginal) => {
  const real = await importOriginal<typeof screens>();
  const fake = Object.fromEntries(
    Object.keys(real.stepScreens).map((id) => [
      id,
      () => {
        loaded.push(id);
        return Promise.resolve({ default: () => null });
      },
    ]),
  );
  return { ...real, stepScreens: fake };
});

// The pattern engines' loader records that it ran too.
vi.mock('../../../src/domain/form/patternEngines', () => ({
  loadPatternEngines: () => {
    loaded.push('patterns');
    return Promise.resolve();
  },
}));

/** The hook with fresh loaders: `preload` runs each loader once for the page's life. */
async function freshHook() {
  vi.resetModules();
  return (await import('../../../src/app/prototype/useIdleStepPreload')).useIdleStepPreload;
}

const idle = new Map<number, () => void>();
let lastHandle = 0;
/** The browser has a moment with nothing to do: what waited for one runs. */
function beIdle() {
  const waiting = [...idle.values()];
  idle.clear();
  for (const callback of waiting) callback();
}

beforeEach(() => {
  loaded.length = 0;
  idle.clear();
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
    idle.set(++lastHandle, callback);
    return lastHandle;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => idle.delete(handle));
});

afterEach(() => vi.unstubAllGlobals());

describe('useIdleStepPreload', () => {
  it('loads nothing while the prototype is not shown', async () => {
    const useIdleStepPreload = await freshHook();
    renderHook(() => useIdleStepPreload(false));
    beIdle();
    expect(loaded).toEqual([]);
  });

  it('loads the pattern engines and the Processing step once the page is idle, not before, and no other step', async () => {
    const useIdleStepPreload = await freshHook();
    renderHook(() => useIdleStepPreload(true));
    expect(loaded).toEqual([]);
    beIdle();
    expect(loaded).toEqual(['patterns', 'process']);
  });

  it('loads nothing if the prototype is closed before the page is idle', async () => {
    const useIdleStepPreload = await freshHook();
    const { unmount } = renderHook(() => useIdleStepPreload(true));
    unmount();
    beIdle();
    expect(loaded).toEqual([]);
  });
});
