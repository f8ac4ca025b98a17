/** Why a read or write to the browser's storage failed, as the UI explains it. */
export type StorageErrorKind =
  | 'quota'
  | 'unavailable'
  | 'unknown'
  /**
   * Part of the app's own code could not be downloaded (the network dropped before the
   * service worker kept it): nothing is wrong with storage; trying again once online works.
   */
  | 'notDownloaded'
  /** The stored row cannot be read by this release: it is kept as it is, never overwritten. */
  | 'unreadable';

export class StorageError extends Error {
  constructor(
    readonly kind: StorageErrorKind,
    cause: unknown,
  ) {
    super(`Storage failed (${kind})`, { cause });
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const inner = (error as { inner?: { name?: string } }).inner;
  return inner?.name ?? (error as { name?: string }).name ?? '';
}

/** Dexie wraps IndexedDB's DOMExceptions; both names are recognised. */
export function classifyStorageError(error: unknown): StorageErrorKind {
  if (error instanceof StorageError) return error.kind;
  const name = errorName(error);
  if (name === 'QuotaExceededError' || name.includes('Quota')) return 'quota';
  if (
    [
      'MissingAPIError',
      'OpenFailedError',
      'InvalidStateError',
      'DatabaseClosedError',
      'SecurityError',
    ].includes(name)
  ) {
    return 'unavailable';
  }
  return 'unknown';
}

/** Runs a storage operation, turning any failure into a StorageError. */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(classifyStorageError(error), error);
  }
}
