import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPrototype } from '../../../src/domain/prototype/create';
import { FabrikDatabase, useDatabase, db, type TryoutRow } from '../../../src/storage/db';
import {
  addPrototype,
  binPrototype,
  loadPrototype,
  purgeBin,
} from '../../../src/storage/prototypeRepository';
import {
  deleteTryout,
  loadStoredTryout,
  loadTryout,
  saveTryout,
  watchTryout,
} from '../../../src/storage/tryoutRepository';

let count = 0;
const now = new Date('2026-11-23T09:00:00.000Z');
const later = new Date('2026-11-23T09:05:00.000Z');

const row = (prototypeId: string): TryoutRow => ({
  prototypeId,
  answers: { email: 'awa@exemple.fr' },
  code: 'HFBRGFTX',
  submittedAt: now.toISOString(),
  run: {
    tokens: [{ id: 'token-1', elementId: 'Task_1', day: 0 }],
    joins: {},
    stops: [],
    log: [],
    nextTokenId: 2,
  },
  earlier: [],
});

beforeEach(() => {
  useDatabase(new FabrikDatabase(`tryout-test-${count++}`));
});

describe('the try-out repository', () => {
  it('keeps a try-out per prototype until it is deleted', async () => {
    await saveTryout(row('a'));
    expect(await loadTryout('a')).toEqual(row('a'));
    expect(await loadTryout('b')).toBeUndefined();
    await deleteTryout('a');
    expect(await loadTryout('a')).toBeUndefined();
  });

  it('tells a watcher of the try-out now, and again when it is stored or deleted', async () => {
    const seen: (string | undefined)[] = [];
    const stop = watchTryout(
      'a',
      (found) => seen.push(found.kind === 'found' ? found.row.code : undefined),
      () => undefined,
    );
    await vi.waitFor(() => expect(seen).toEqual([undefined]));
    await saveTryout(row('a'));
    await vi.waitFor(() => expect(seen).toEqual([undefined, 'HFBRGFTX']));
    await deleteTryout('a');
    await vi.waitFor(() => expect(seen).toEqual([undefined, 'HFBRGFTX', undefined]));
    stop();
  });

  it('does not resume a row of another shape, and says it cannot be read', async () => {
    await db().tryouts.put({ prototypeId: 'a', code: 'HFBRGFTX' } as TryoutRow);
    expect(await loadTryout('a')).toBeUndefined();
    expect(await loadStoredTryout('a')).toEqual({
      kind: 'unreadable',
      raw: { prototypeId: 'a', code: 'HFBRGFTX' },
    });
  });

  it('keeps an unreadable try-out aside, never overwritten, when a new one starts', async () => {
    const broken = { prototypeId: 'a', code: 42 } as unknown as TryoutRow;
    await db().tryouts.put(broken);
    await saveTryout(row('a'));
    expect(await loadTryout('a')).toEqual(row('a'));
    const aside = await db().keptAside.where('store').equals('tryouts').toArray();
    expect(aside.map(({ key, raw }) => ({ key, raw }))).toEqual([{ key: 'a', raw: broken }]);

    await db().tryouts.put({ prototypeId: 'b', run: null } as unknown as TryoutRow);
    await deleteTryout('b');
    expect(await db().keptAside.count()).toBe(2);
  });

  it('stamps the schema version on what it stores', async () => {
    await saveTryout(row('a'));
    expect(await db().tryouts.get('a')).toMatchObject({ schemaVersion: 1 });
  });

  it('is deleted with its prototype when the bin is purged', async () => {
    const binned = createPrototype('Supprimé', now);
    const kept = createPrototype('Gardé', now);
    await addPrototype(binned);
    await addPrototype(kept);
    await saveTryout(row(binned.id));
    await saveTryout(row(kept.id));
    await binPrototype(binned.id, now);
    await purgeBin(later);
    expect(await loadTryout(binned.id)).toBeUndefined();
    expect(await loadTryout(kept.id)).toBeDefined();
  });

  it('is not resumed by a prototype added in place of a binned one with the same id', async () => {
    const binned = createPrototype('Supprimé', now);
    await addPrototype(binned);
    await saveTryout(row(binned.id));
    await binPrototype(binned.id, now);
    await addPrototype({ ...binned, name: 'Réimporté' });
    expect(await loadTryout(binned.id)).toBeUndefined();
  });

  it('comes with an upgrade that keeps the prototypes stored by the first release', async () => {
    const name = `tryout-upgrade-${count++}`;
    const first = new Dexie(name);
    first.version(1).stores({
      prototypes: 'id, updatedAt',
      versions: 'id, prototypeId, [prototypeId+number]',
      signingKeys: 'id',
    });
    const stored = createPrototype('Carte', now);
    await first.table('prototypes').put(stored);
    first.close();

    useDatabase(new FabrikDatabase(name));
    expect(await loadPrototype(stored.id)).toMatchObject({ name: 'Carte' });
    await saveTryout(row(stored.id));
    expect(await loadTryout(stored.id)).toBeDefined();
  });
});
