import { useEffect, useState } from 'react';
import type { Version } from '../../domain/versions/schema';
import { loadVersion } from '../../state/versions';

export type LoadedVersion =
  { state: 'loading' } | { state: 'ready'; version: Version } | { state: 'missing' };

/** One version, content included, read from storage (versions never change: read once). */
export function useLoadedVersion(id: string | undefined): LoadedVersion {
  const [loaded, setLoaded] = useState<LoadedVersion & { id?: string }>({ state: 'loading' });
  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    void loadVersion(id).then((version) => {
      if (!cancelled)
        setLoaded(version ? { state: 'ready', version, id } : { state: 'missing', id });
    });
    return () => {
      cancelled = true;
    };
  }, [id]);
  return loaded.id === id ? loaded : { state: 'loading' };
}
