import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageError } from '../../../src/storage/errors';
import { loadStoredShapes } from '../../../src/storage/storedShapes';

// A download that never ends: the network hangs rather than fails.
vi.mock('../../../src/domain/stored/shapes', () => new Promise(() => {}));

afterEach(() => vi.useRealTimers());

describe('loadStoredShapes', () => {
  it('says the code was not downloaded when Dexie stops waiting for it', async () => {
    vi.useFakeTimers();
    const loading = loadStoredShapes();
    const failed = expect(loading).rejects.toSatisfy(
      (error) => error instanceof StorageError && error.kind === 'notDownloaded',
    );
    await vi.advanceTimersByTimeAsync(60_000);
    await failed;
  });
});
