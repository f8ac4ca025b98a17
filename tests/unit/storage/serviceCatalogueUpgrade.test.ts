import type Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createServiceEntry } from '../../../src/domain/service-catalogue/schema';
import { defaultScoringSettings } from '../../../src/domain/service-catalogue/scoring';
import * as storage from '../../../src/storage/db';
import { FabrikDatabase } from '../../../src/storage/db';
import { databaseAsOf } from './earlierReleases';
import {
  loadScoringSettings,
  loadSystems,
  saveScoringSettings,
  saveServiceEntry,
  saveWorkflows,
} from '../../../src/storage/serviceCatalogueRepository';

let count = 0;
const now = new Date('2026-12-01T10:00:00.000Z');

/** The database as the release with the first service catalogue (version 5) declared it. */
const catalogueRelease = (name: string) => databaseAsOf(name, 5);

async function upgradedFrom(rows: (previous: Dexie) => Promise<void>) {
  const name = `catalogue-upgrade-test-${count++}`;
  const previous = catalogueRelease(name);
  await previous.open();
  await rows(previous);
  previous.close();
  const database = new FabrikDatabase(name);
  storage.useDatabase(database);
  await database.open();
  return database;
}

describe('the service catalogue’s rows across the database upgrade', () => {
  it('stamps every row with its version, and lifts the blocks ticked as available into a system', async () => {
    const database = await upgradedFrom(async (previous) => {
      await previous.table('serviceEntries').put(createServiceEntry('a', 'Cantine', now));
      await previous.table('serviceCatalogueSettings').bulkPut([
        {
          id: 'scoring',
          settings: { ...defaultScoringSettings, availableBlocks: ['identity', 'payment'] },
        },
        {
          id: 'systems',
          systems: [{ id: 'fc', name: 'FranceConnect', blocks: ['identity'], inProduction: true }],
        },
        { id: 'lifeEvents', map: { events: [] } },
      ]);
    });
    const settings = await database.serviceCatalogueSettings.toArray();
    expect(
      settings.map((row) => [row.id, (row as { schemaVersion?: number }).schemaVersion]),
    ).toEqual([
      ['lifeEvents', 2],
      ['scoring', 2],
      ['systems', 2],
    ]);
    expect(settings.find((row) => row.id === 'scoring')?.settings).toEqual(defaultScoringSettings);
    expect(await database.serviceEntries.get('a')).toMatchObject({ schemaVersion: 1 });
    // Payment was ticked without a system: it stays available, through a system to name.
    const systems = await loadSystems();
    expect(systems.map((system) => [system.name, system.blocks, system.inProduction])).toEqual([
      ['FranceConnect', ['identity'], true],
      ['Briques déclarées disponibles (systèmes à préciser)', ['payment'], true],
    ]);
    expect(await loadScoringSettings()).toEqual(defaultScoringSettings);
  });

  it('leaves a row written by a newer Fabrik as it is', async () => {
    const newer = { id: 'systems', systems: [], schemaVersion: 99, future: true };
    const database = await upgradedFrom(async (previous) => {
      await previous.table('serviceCatalogueSettings').put(newer);
    });
    expect(await database.serviceCatalogueSettings.get('systems')).toEqual(newer);
  });

  it('writes every row with its version from now on', async () => {
    const database = new FabrikDatabase(`catalogue-upgrade-test-${count++}`);
    storage.useDatabase(database);
    await saveServiceEntry(createServiceEntry('a', 'Cantine', now));
    await saveScoringSettings(defaultScoringSettings);
    await saveWorkflows([]);
    expect(await database.serviceEntries.get('a')).toMatchObject({ schemaVersion: 1 });
    expect(
      (await database.serviceCatalogueSettings.toArray()).map(
        (row) => (row as { schemaVersion?: number }).schemaVersion,
      ),
    ).toEqual([2, 2]);
  });
});
