import { useEffect, useState } from 'react';
import {
  openStorage,
  watchCatalogue,
  type PrototypeSummary,
  type UnreadablePrototype,
} from '../../storage/prototypeRepository';
import { isMemoryDatabase } from '../../storage/db';
import { classifyStorageError, type StorageErrorKind } from '../../storage/errors';
import { guardMemoryPage } from '../../state/memoryStorage';
import { purgeOldBin } from '../../state/catalogue';

export type CatalogueState =
  | { kind: 'loading' }
  | {
      kind: 'ready';
      items: PrototypeSummary[];
      unreadable: UnreadablePrototype[];
      /** The browser gave no storage: prototypes live in this page's memory only. */
      inMemory: boolean;
    }
  | { kind: 'error'; errorKind: StorageErrorKind };

/** The stored prototypes, kept up to date when any tab changes them. */
export function useCatalogue(): CatalogueState {
  const [state, setState] = useState<CatalogueState>({ kind: 'loading' });
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    const fail = (error: unknown) =>
      setState({ kind: 'error', errorKind: classifyStorageError(error) });
    // Opening first turns a browser without IndexedDB into a clear error, not an endless wait.
    openStorage()
      .then(() => {
        if (cancelled) return;
        void purgeOldBin().catch(() => undefined);
        const inMemory = isMemoryDatabase();
        if (inMemory) guardMemoryPage();
        stop = watchCatalogue((rows) => setState({ kind: 'ready', ...rows, inMemory }), fail);
      })
      .catch(fail);
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  return state;
}
