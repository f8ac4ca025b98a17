import { useEffect, useState } from 'react';
import {
  openStorage,
  watchCatalogue,
  type PrototypeSummary,
  type UnreadablePrototype,
} from '../../storage/prototypeRepository';
import { classifyStorageError, type StorageErrorKind } from '../../storage/errors';
import { purgeOldBin } from '../../state/catalogue';

export type CatalogueState =
  | { kind: 'loading' }
  | { kind: 'ready'; items: PrototypeSummary[]; unreadable: UnreadablePrototype[] }
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
        stop = watchCatalogue((rows) => setState({ kind: 'ready', ...rows }), fail);
      })
      .catch(fail);
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);
  return state;
}
