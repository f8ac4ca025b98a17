import { useEffect, useState } from 'react';
import type { ServiceEntry } from '../../domain/service-catalogue/schema';
import type { ScoringSettings } from '../../domain/service-catalogue/scoring';
import { openStorage } from '../../storage/prototypeRepository';
import {
  watchScoringSettings,
  watchServiceEntries,
} from '../../storage/serviceCatalogueRepository';

export type ServiceCatalogueState =
  | { kind: 'loading' }
  | { kind: 'error' }
  | { kind: 'ready'; entries: ServiceEntry[]; settings: ScoringSettings };

/** The catalogue's entries and the organisation's settings, kept up to date from any tab. */
export function useServiceCatalogue(): ServiceCatalogueState {
  const [entries, setEntries] = useState<ServiceEntry[]>();
  const [settings, setSettings] = useState<ScoringSettings>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const stops: (() => void)[] = [];
    const fail = () => setFailed(true);
    openStorage()
      .then(() => {
        if (cancelled) return;
        stops.push(watchServiceEntries(setEntries, fail), watchScoringSettings(setSettings, fail));
      })
      .catch(fail);
    return () => {
      cancelled = true;
      for (const stop of stops) stop();
    };
  }, []);
  if (failed) return { kind: 'error' };
  if (!entries || !settings) return { kind: 'loading' };
  return { kind: 'ready', entries, settings };
}
