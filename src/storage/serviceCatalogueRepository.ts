import { liveQuery } from 'dexie';
import { readStoredEntry, type ServiceEntry } from '../domain/service-catalogue/schema';
import type { CatalogueContent } from '../domain/service-catalogue/catalogueFile';
import { readIndicatorTargets, type IndicatorTargets } from '../domain/service-catalogue/dashboard';
import { readLifeEventMap, type LifeEventMap } from '../domain/service-catalogue/lifeEvents';
import { readSystems, type SystemEntry } from '../domain/service-catalogue/systems';
import { readScoringSettings, type ScoringSettings } from '../domain/service-catalogue/scoring';
import {
  putWorkflow,
  readWorkflows,
  recordWorkflowUse,
  type GenericWorkflow,
} from '../domain/service-catalogue/workflows';
import {
  catalogueSettingsVersioning,
  serviceEntryVersioning,
} from '../domain/service-catalogue/storedRows';
import { db } from './db';
import { guarded } from './errors';
import { stamped } from './stored';

/** Rows as this release writes them: with their shape's version. */
const entryRow = (entry: ServiceEntry) => stamped(serviceEntryVersioning, entry);
const settingsRow = (row: ServiceCatalogueSettingsRow) => stamped(catalogueSettingsVersioning, row);

/** The organisation's settings of the catalogue: one row per kind. */
export interface ServiceCatalogueSettingsRow {
  id: 'scoring' | 'lifeEvents' | 'systems' | 'workflows' | 'targets';
  /** The scoring weights (row `scoring`). */
  settings?: ScoringSettings;
  /** The order of the life-event map (row `lifeEvents`). */
  map?: LifeEventMap;
  /** The catalogue of systems (row `systems`). */
  systems?: SystemEntry[];
  /** The organisation's generic workflows (row `workflows`). */
  workflows?: GenericWorkflow[];
  /** The targets of the dashboard's indicators (row `targets`). */
  targets?: IndicatorTargets;
}

export async function listServiceEntries(): Promise<ServiceEntry[]> {
  const rows = await guarded(() => db().serviceEntries.toArray());
  return rows
    .map(readStoredEntry)
    .filter((entry): entry is ServiceEntry => entry !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}

/** Calls `onChange` with every entry now and whenever one changes, in any tab. */
export function watchServiceEntries(
  onChange: (entries: ServiceEntry[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(listServiceEntries).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

export function saveServiceEntry(entry: ServiceEntry): Promise<void> {
  return guarded(async () => {
    await db().serviceEntries.put(entryRow(entry));
  });
}

/** Stores all the entries or, if one fails, none. */
export function addServiceEntries(entries: readonly ServiceEntry[]): Promise<void> {
  return guarded(() =>
    db().transaction('rw', db().serviceEntries, async () => {
      await db().serviceEntries.bulkAdd(entries.map(entryRow));
    }),
  );
}

export function deleteServiceEntry(id: string): Promise<void> {
  return guarded(() => db().serviceEntries.delete(id));
}

export async function loadScoringSettings(): Promise<ScoringSettings> {
  const row = await guarded(() => db().serviceCatalogueSettings.get('scoring'));
  return readScoringSettings(row?.settings);
}

export function watchScoringSettings(
  onChange: (settings: ScoringSettings) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(loadScoringSettings).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

export function saveScoringSettings(settings: ScoringSettings): Promise<void> {
  return guarded(async () => {
    await db().serviceCatalogueSettings.put(settingsRow({ id: 'scoring', settings }));
  });
}

export async function loadLifeEventMap(): Promise<LifeEventMap> {
  const row = await guarded(() => db().serviceCatalogueSettings.get('lifeEvents'));
  return readLifeEventMap(row?.map);
}

export function watchLifeEventMap(
  onChange: (map: LifeEventMap) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(loadLifeEventMap).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

/** Stores the map and the entries an edit of it changed, together. */
export function saveLifeEventMap(
  map: LifeEventMap,
  entries: readonly ServiceEntry[],
): Promise<void> {
  return guarded(() =>
    db().transaction('rw', db().serviceCatalogueSettings, db().serviceEntries, async () => {
      await db().serviceCatalogueSettings.put(settingsRow({ id: 'lifeEvents', map }));
      if (entries.length > 0) await db().serviceEntries.bulkPut(entries.map(entryRow));
    }),
  );
}

/** Replaces the whole catalogue with one read from its file: all of it or, on failure, none. */
export function replaceCatalogue(catalogue: CatalogueContent): Promise<void> {
  return guarded(() =>
    db().transaction('rw', db().serviceEntries, db().serviceCatalogueSettings, async () => {
      await db().serviceEntries.clear();
      await db().serviceEntries.bulkAdd(catalogue.services.map(entryRow));
      await db().serviceCatalogueSettings.bulkPut(
        [
          { id: 'scoring', settings: catalogue.scoring },
          { id: 'lifeEvents', map: catalogue.lifeEvents },
          { id: 'systems', systems: catalogue.systems },
          { id: 'workflows', workflows: catalogue.workflows },
          { id: 'targets', targets: catalogue.targets },
        ].map((row) => settingsRow(row as ServiceCatalogueSettingsRow)),
      );
    }),
  );
}

export async function loadSystems(): Promise<SystemEntry[]> {
  const row = await guarded(() => db().serviceCatalogueSettings.get('systems'));
  return readSystems(row?.systems);
}

export function watchSystems(
  onChange: (systems: SystemEntry[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(loadSystems).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

export function saveSystems(systems: readonly SystemEntry[]): Promise<void> {
  return guarded(async () => {
    await db().serviceCatalogueSettings.put(settingsRow({ id: 'systems', systems: [...systems] }));
  });
}

export async function loadWorkflows(): Promise<GenericWorkflow[]> {
  const row = await guarded(() => db().serviceCatalogueSettings.get('workflows'));
  return readWorkflows(row?.workflows);
}

export function watchWorkflows(
  onChange: (workflows: GenericWorkflow[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(loadWorkflows).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}

export function saveWorkflows(workflows: readonly GenericWorkflow[]): Promise<void> {
  return guarded(async () => {
    await db().serviceCatalogueSettings.put(
      settingsRow({ id: 'workflows', workflows: [...workflows] }),
    );
  });
}

/** Reads, changes and writes the workflows in one transaction, so no other tab's edit is lost. */
function updateWorkflows(
  update: (workflows: GenericWorkflow[]) => GenericWorkflow[],
): Promise<void> {
  return guarded(() =>
    db().transaction('rw', db().serviceCatalogueSettings, async () => {
      const row = await db().serviceCatalogueSettings.get('workflows');
      const workflows = update(readWorkflows(row?.workflows));
      await db().serviceCatalogueSettings.put(settingsRow({ id: 'workflows', workflows }));
    }),
  );
}

/** Adds a workflow saved from a prototype's process (or replaces one of the same id). */
export function addWorkflow(workflow: GenericWorkflow): Promise<void> {
  return updateWorkflows((workflows) => putWorkflow(workflows, workflow));
}

/** Records that a prototype's process started from a workflow. */
export function markWorkflowUsed(workflowId: string, prototypeId: string): Promise<void> {
  return updateWorkflows((workflows) => recordWorkflowUse(workflows, workflowId, prototypeId));
}

export async function loadIndicatorTargets(): Promise<IndicatorTargets> {
  const row = await guarded(() => db().serviceCatalogueSettings.get('targets'));
  return readIndicatorTargets(row?.targets);
}

export function watchIndicatorTargets(
  onChange: (targets: IndicatorTargets) => void,
  onError: (error: unknown) => void,
): () => void {
  const subscription = liveQuery(loadIndicatorTargets).subscribe({
    next: onChange,
    error: onError,
  });
  return () => subscription.unsubscribe();
}

export function saveIndicatorTargets(targets: IndicatorTargets): Promise<void> {
  return guarded(async () => {
    await db().serviceCatalogueSettings.put(settingsRow({ id: 'targets', targets }));
  });
}
