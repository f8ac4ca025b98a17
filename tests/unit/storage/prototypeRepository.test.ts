import { beforeEach, describe, expect, it } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { db, FabrikDatabase, useDatabase } from '../../../src/storage/db';
import { addVersion, listVersions } from '../../../src/storage/versionRepository';
import { contentOf } from '../../../src/domain/prototype/model';
import {
  addPrototype,
  binPrototype,
  listPrototypeSummaries,
  loadPrototype,
  openPrototypeRow,
  purgeBin,
  replacePrototype,
  savePrototype,
  unbinPrototype,
  verifyOpenedPrototype,
} from '../../../src/storage/prototypeRepository';

let count = 0;
const now = new Date('2026-11-23T09:00:00.000Z');
const later = new Date('2026-11-23T09:05:00.000Z');

beforeEach(() => {
  useDatabase(new FabrikDatabase(`repository-test-${count++}`));
});

describe('savePrototype', () => {
  it('saves on the revision it was read at, and moves the revision on', async () => {
    const prototype = createPrototype('Carte', now);
    await addPrototype(prototype);
    const outcome = await savePrototype({ ...prototype, name: 'Carte résident' }, 0, later);
    expect(outcome).toMatchObject({
      kind: 'saved',
      prototype: { revision: 1, updatedAt: later.toISOString() },
    });
    expect(await loadPrototype(prototype.id)).toMatchObject({
      name: 'Carte résident',
      revision: 1,
    });
  });

  it('refuses to overwrite a save made elsewhere since, and keeps what is stored', async () => {
    const prototype = createPrototype('Carte', now);
    await addPrototype(prototype);
    await savePrototype({ ...prototype, name: 'Onglet A' }, 0, later);
    const outcome = await savePrototype({ ...prototype, name: 'Onglet B' }, 0, later);
    expect(outcome).toEqual({ kind: 'conflict', storedRevision: 1 });
    expect((await loadPrototype(prototype.id))?.name).toBe('Onglet A');
  });

  it('reports a prototype deleted meanwhile', async () => {
    const prototype = createPrototype('Carte', now);
    await addPrototype(prototype);
    await binPrototype(prototype.id, later);
    expect(await savePrototype(prototype, 0, later)).toEqual({ kind: 'missing' });
  });
});

describe('the bin', () => {
  it('hides a deleted prototype, gives it back on undo, and purges it after the delay', async () => {
    const kept = createPrototype('Gardé', now);
    const binned = createPrototype('Supprimé', now);
    await addPrototype(kept);
    await addPrototype(binned);

    await binPrototype(binned.id, now);
    expect((await listPrototypeSummaries()).map((summary) => summary.name)).toEqual(['Gardé']);
    expect(await loadPrototype(binned.id)).toBeUndefined();

    await unbinPrototype(binned.id);
    expect(await listPrototypeSummaries()).toHaveLength(2);

    await binPrototype(binned.id, now);
    expect(await purgeBin(later)).toBe(1);
    await unbinPrototype(binned.id);
    expect(await listPrototypeSummaries()).toHaveLength(1);
  });
});

describe('purging the bin', () => {
  it('deletes the versions of the prototypes it deletes, and only those', async () => {
    const binned = createPrototype('Supprimé', now);
    const kept = createPrototype('Gardé', now);
    await addPrototype(binned);
    await addPrototype(kept);
    const version = (prototypeId: string) => ({
      id: crypto.randomUUID(),
      prototypeId,
      name: 'Fin de l’atelier',
      kind: 'manual' as const,
      notes: '',
      decisions: [],
      createdAt: now.toISOString(),
      content: contentOf(binned),
    });
    await addVersion(version(binned.id));
    await addVersion(version(binned.id));
    await addVersion(version(kept.id));
    await binPrototype(binned.id, now);
    await purgeBin(later);
    expect(await listVersions(binned.id)).toEqual([]);
    expect(await listVersions(kept.id)).toHaveLength(1);
  });
});

describe('summaries', () => {
  it('show name, review status, step progress and last change, newest first', async () => {
    const older = createPrototype('Ancien', now);
    const newer = {
      ...createPrototype('Récent', later),
      purpose: {
        statement: 'a',
        audience: 'b',
        value: 'c',
        outOfScope: 'd',
        legalBasis: 'e',
        owningService: 'f',
      },
    };
    await addPrototype(older);
    await addPrototype(newer);
    const summaries = await listPrototypeSummaries();
    expect(summaries.map((summary) => summary.name)).toEqual(['Récent', 'Ancien']);
    expect(summaries[0]).toMatchObject({
      status: 'draft',
      updatedAt: later.toISOString(),
      totalSteps: 9,
    });
    expect(summaries[0]!.doneSteps).toBeGreaterThan(summaries[1]!.doneSteps);
  });
});

describe('replacePrototype', () => {
  it('replaces the content but moves the revision on, so open tabs notice', async () => {
    const prototype = createPrototype('Carte', now);
    await addPrototype(prototype);
    await replacePrototype({ ...createPrototype('Importé', later, prototype.id) }, later);
    expect(await loadPrototype(prototype.id)).toMatchObject({
      name: 'Importé',
      revision: 1,
      createdAt: now.toISOString(),
    });
  });
});

describe('addPrototype', () => {
  it('takes the place of a binned prototype with the same id (an import right after a delete)', async () => {
    const prototype = createPrototype('Supprimé puis réimporté', now);
    await addPrototype(prototype);
    await binPrototype(prototype.id, now);
    await addPrototype({ ...prototype, name: 'Réimporté' });
    expect(await loadPrototype(prototype.id)).toMatchObject({ name: 'Réimporté' });
  });

  it('refuses to overwrite a live prototype', async () => {
    const prototype = createPrototype('Vivant', now);
    await addPrototype(prototype);
    await expect(addPrototype(prototype)).rejects.toThrow();
  });
});

describe('opening a prototype to edit', () => {
  it('shows a row this release wrote as its full read gives it, and checks it after', async () => {
    const prototype = createPrototype('Carte', now);
    await addPrototype(prototype);
    const shown = await openPrototypeRow(prototype.id);
    await expect(verifyOpenedPrototype(prototype.id)).resolves.toBeUndefined();
    expect(shown).toEqual(await loadPrototype(prototype.id));
  });

  it('refuses every save over a row that fails its check, and leaves it as it is', async () => {
    const prototype = createPrototype('Carte', now);
    await addPrototype(prototype);
    // Current-version row, changed behind the app's back.
    const tampered = { ...(await db().prototypes.get(prototype.id))!, form: { pages: 'aucune' } };
    await db().prototypes.put(tampered as never);

    const shown = await openPrototypeRow(prototype.id);
    expect(shown?.name).toBe('Carte');
    await expect(verifyOpenedPrototype(prototype.id)).rejects.toMatchObject({
      kind: 'unreadable',
    });
    await expect(
      savePrototype({ ...prototype, name: 'Écrasé' }, prototype.revision, later),
    ).rejects.toMatchObject({ kind: 'unreadable' });
    expect(await db().prototypes.get(prototype.id)).toEqual(tampered);
  });

  it('makes a save wait for the check, started by the save if need be', async () => {
    const prototype = createPrototype('Carte', now);
    await addPrototype(prototype);
    const tampered = { ...(await db().prototypes.get(prototype.id))!, tracking: 'rien' };
    await db().prototypes.put(tampered as never);
    const shown = await openPrototypeRow(prototype.id);
    // No check asked for: the save runs it, and is refused.
    await expect(
      savePrototype({ ...shown!, tracking: prototype.tracking }, 0, later),
    ).rejects.toMatchObject({ kind: 'unreadable' });
    expect(await db().prototypes.get(prototype.id)).toEqual(tampered);
  });

  it('lets a newer full read of the prototype take the place of its check', async () => {
    const prototype = createPrototype('Carte', now);
    await addPrototype(prototype);
    const stored = (await db().prototypes.get(prototype.id))!;
    await db().prototypes.put({ ...stored, tracking: 'rien' } as never);
    await openPrototypeRow(prototype.id);
    // Repaired meanwhile (another tab's import), then read in full again.
    await db().prototypes.put(stored);
    expect((await loadPrototype(prototype.id))?.name).toBe('Carte');
    await expect(verifyOpenedPrototype(prototype.id)).resolves.toBeUndefined();
    const outcome = await savePrototype({ ...prototype, name: 'Carte résident' }, 0, later);
    expect(outcome.kind).toBe('saved');
  });
});
