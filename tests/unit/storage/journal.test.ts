// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { readJournal, writeJournal } from '../../../src/storage/journal';
import { storedFixture } from '../../fixtures/stored';

const now = new Date('2026-11-23T09:00:00.000Z');
const key = 'fabrik:journal:proto-v1';

beforeEach(() => localStorage.clear());

describe('the journal of unsaved changes', () => {
  it('reads a journal written before it had a version, and stamps the ones it writes', async () => {
    localStorage.setItem(key, JSON.stringify(storedFixture('journal-v1')));
    const entry = await readJournal('proto-v1');
    expect(entry?.prototype.name).toBe('Carte (non enregistré)');
    writeJournal(entry!);
    expect(JSON.parse(localStorage.getItem(key)!)).toMatchObject({ schemaVersion: 1 });
  });

  it('keeps a journal it cannot read aside, as written, and does not offer it', async () => {
    const text = JSON.stringify({ ...storedFixture('journal-v1'), baseRevision: 'deux' });
    localStorage.setItem(key, text);
    expect(await readJournal('proto-v1', now)).toBeUndefined();
    expect(localStorage.getItem(key)).toBeNull();
    expect(localStorage.getItem(`fabrik:journal-aside:proto-v1:${now.toISOString()}`)).toBe(text);

    localStorage.setItem(key, '{ pas du JSON');
    expect(await readJournal('proto-v1', new Date(now.getTime() + 1000))).toBeUndefined();
    expect(localStorage.length).toBe(2);
  });
});
