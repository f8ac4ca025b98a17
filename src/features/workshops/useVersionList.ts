import { useEffect, useState } from 'react';
import type { VersionSummary } from '../../domain/versions/schema';
import { watchVersions } from '../../storage/versionRepository';

export type VersionList =
  { state: 'loading' } | { state: 'ready'; versions: VersionSummary[] } | { state: 'error' };

/** The open prototype's versions, kept up to date as versions are taken (in any tab). */
export function useVersionList(prototypeId: string | undefined): VersionList {
  const [list, setList] = useState<VersionList & { prototypeId?: string }>({ state: 'loading' });
  useEffect(() => {
    if (!prototypeId) return;
    return watchVersions(
      prototypeId,
      (versions) => setList({ state: 'ready', versions, prototypeId }),
      () => setList({ state: 'error', prototypeId }),
    );
  }, [prototypeId]);
  return list.prototypeId === prototypeId ? list : { state: 'loading' };
}
