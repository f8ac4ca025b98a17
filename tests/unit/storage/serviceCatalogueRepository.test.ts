import { beforeEach, describe, expect, it } from 'vitest';
import { createServiceEntry } from '../../../src/domain/service-catalogue/schema';
import { defaultScoringSettings } from '../../../src/domain/service-catalogue/scoring';
import { db, FabrikDatabase, useDatabase } from '../../../src/storage/db';
import {
  addServiceEntries,
  addWorkflow,
  loadWorkflows,
  markWorkflowUsed,
  listServiceEntries,
  loadScoringSettings,
  saveScoringSettings,
  saveServiceEntry,
} from '../../../src/storage/serviceCatalogueRepository';

let count = 0;
const now = new Date('2026-12-01T10:00:00.000Z');

beforeEach(() => {
  useDatabase(new FabrikDatabase(`service-catalogue-test-${count++}`));
});

describe('service catalogue storage', () => {
  it('keeps a draft that breaks a rule, and lists entries by name', async () => {
    await saveServiceEntry({ ...createServiceEntry('b', 'Urbanisme', now), yearlyVolume: -1 });
    await saveServiceEntry(createServiceEntry('a', 'État civil', now));
    const entries = await listServiceEntries();
    expect(entries.map((entry) => entry.name)).toEqual(['État civil', 'Urbanisme']);
    // A negative count is no count: it reads back as unknown rather than breaking the screen.
    expect(entries[1]!.yearlyVolume).toBeUndefined();
  });

  it('stores an import whole or not at all', async () => {
    await saveServiceEntry(createServiceEntry('taken', 'Déjà là', now));
    await expect(
      addServiceEntries([
        createServiceEntry('new', 'Nouveau', now),
        createServiceEntry('taken', 'X', now),
      ]),
    ).rejects.toThrow();
    expect((await listServiceEntries()).map((entry) => entry.id)).toEqual(['taken']);
  });

  it('reads rows written by hand or by an older release without failing', async () => {
    await db().serviceEntries.put({ id: 'odd', name: 'Odd', users: 'all', level: 9 } as never);
    const [entry] = await listServiceEntries();
    expect(entry).toMatchObject({ id: 'odd', users: [], level: 1, channelShares: {} });
  });

  it('keeps the organisation’s weights', async () => {
    expect(await loadScoringSettings()).toEqual(defaultScoringSettings);
    const settings = {
      weights: { ...defaultScoringSettings.weights, volume: 5 },
    };
    await saveScoringSettings(settings);
    expect(await loadScoringSettings()).toEqual(settings);
  });
});

describe('generic workflows in storage', () => {
  const workflow = {
    id: 'w',
    name: 'Autorisation avec avis technique',
    description: '',
    bpmnXml: '<bpmn:definitions/>',
    roles: ['Instructeur'],
    prototypeIds: ['p1'],
    createdAt: now.toISOString(),
  };

  it('adds a workflow saved from a prototype, and records each prototype started from it once', async () => {
    await addWorkflow(workflow);
    await markWorkflowUsed('w', 'p2');
    await markWorkflowUsed('w', 'p2');
    await markWorkflowUsed('unknown', 'p3');
    expect(await loadWorkflows()).toEqual([{ ...workflow, prototypeIds: ['p1', 'p2'] }]);
  });
});
