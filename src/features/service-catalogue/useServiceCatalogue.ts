import { useEffect, useState } from 'react';
import type { LifeEventMap } from '../../domain/service-catalogue/lifeEvents';
import type { ServiceEntry } from '../../domain/service-catalogue/schema';
import type { SystemEntry } from '../../domain/service-catalogue/systems';
import type { ScoringSettings } from '../../domain/service-catalogue/scoring';
import type { IndicatorTargets } from '../../domain/service-catalogue/dashboard';
import type { GenericWorkflow } from '../../domain/service-catalogue/workflows';
import { openStorage } from '../../storage/prototypeRepository';
import {
  watchIndicatorTargets,
  watchLifeEventMap,
  watchScoringSettings,
  watchServiceEntries,
  watchSystems,
  watchWorkflows,
} from '../../storage/serviceCatalogueRepository';

export type ServiceCatalogueState =
  | { kind: 'loading' }
  | { kind: 'error' }
  | {
      kind: 'ready';
      entries: ServiceEntry[];
      settings: ScoringSettings;
      lifeEventMap: LifeEventMap;
      systems: SystemEntry[];
      workflows: GenericWorkflow[];
      targets: IndicatorTargets;
    };

/** The catalogue's entries, the organisation's settings and its life-event map, kept up to date from any tab. */
export function useServiceCatalogue(): ServiceCatalogueState {
  const [entries, setEntries] = useState<ServiceEntry[]>();
  const [settings, setSettings] = useState<ScoringSettings>();
  const [lifeEventMap, setLifeEventMap] = useState<LifeEventMap>();
  const [systems, setSystems] = useState<SystemEntry[]>();
  const [workflows, setWorkflows] = useState<GenericWorkflow[]>();
  const [targets, setTargets] = useState<IndicatorTargets>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const stops: (() => void)[] = [];
    const fail = () => setFailed(true);
    openStorage()
      .then(() => {
        if (cancelled) return;
        stops.push(
          watchServiceEntries(setEntries, fail),
          watchScoringSettings(setSettings, fail),
          watchLifeEventMap(setLifeEventMap, fail),
          watchSystems(setSystems, fail),
          watchWorkflows(setWorkflows, fail),
          watchIndicatorTargets(setTargets, fail),
        );
      })
      .catch(fail);
    return () => {
      cancelled = true;
      for (const stop of stops) stop();
    };
  }, []);
  if (failed) return { kind: 'error' };
  if (!entries || !settings || !lifeEventMap || !systems || !workflows || !targets)
    return { kind: 'loading' };
  return { kind: 'ready', entries, settings, lifeEventMap, systems, workflows, targets };
}
