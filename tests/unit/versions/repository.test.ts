import { beforeEach, describe, expect, it } from 'vitest';
import { contentOf } from '../../../src/domain/prototype/model';
import { createPrototype } from '../../../src/domain/prototype/create';
import { FabrikDatabase, useDatabase } from '../../../src/storage/db';
import { addVersion, getVersion, listVersions } from '../../../src/storage/versionRepository';

let count = 0;
const now = new Date('2026-11-23T09:00:00.000Z');
const prototype = createPrototype('Carte', now);

const version = (id: string, prototypeId = prototype.id) => ({
  id,
  prototypeId,
  name: `Version ${id}`,
  kind: 'manual' as const,
  notes: '',
  decisions: [],
  createdAt: now.toISOString(),
  content: contentOf(prototype),
});

beforeEach(() => {
  useDatabase(new FabrikDatabase(`versions-test-${count++}`));
});

describe('versionRepository', () => {
  it('numbers each prototype’s versions 1, 2, 3… and lists them in order without content', async () => {
    await addVersion(version('a'));
    await addVersion(version('other', 'another-prototype'));
    const second = await addVersion(version('b'));
    expect(second.number).toBe(2);
    const list = await listVersions(prototype.id);
    expect(list.map((summary) => [summary.id, summary.number])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(list[0]).not.toHaveProperty('content');
  });

  it('never gives a number twice, even when versions are taken at the same time', async () => {
    const taken = await Promise.all(['a', 'b', 'c'].map((id) => addVersion(version(id))));
    expect(taken.map((item) => item.number).sort()).toEqual([1, 2, 3]);
  });

  it('reads a version back whole', async () => {
    await addVersion(version('a'));
    expect((await getVersion('a'))?.content.name).toBe('Carte');
  });
});
