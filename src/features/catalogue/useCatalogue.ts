import { useEffect, useState } from 'react';
import { watchPrototypeSummaries, type PrototypeSummary } from '../../storage/prototypeRepository';
import { classifyStorageError, type StorageErrorKind } from '../../storage/errors';
import { purgeOldBin } from '../../state/catalogue';

export type CatalogueState =
  | { kind: 'loading' }
  | { kind: 'ready'; items: PrototypeSummary[] }
  | { kind: 'error'; errorKind: StorageErrorKind };

/** The stored prototypes, kept up to date when any tab changes them. */
export function useCatalogue(): CatalogueState {
  const [state, setState] = useState<CatalogueState>({ kind: 'loading' });
  useEffect(() => {
    void purgeOldBin().catch(() => undefined);
    return watchPrototypeSummaries(
      (items) => setState({ kind: 'ready', items }),
      (error) => setState({ kind: 'error', errorKind: classifyStorageError(error) }),
    );
  }, []);
  return state;
}
