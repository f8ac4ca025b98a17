import { afterAll, describe } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../server/stores/sqlite';
import { serverContract } from './contract';

const folder = mkdtempSync(join(tmpdir(), 'fabrik-live-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('workshop server on SQLite', () => {
  serverContract({
    basePort: 1720,
    openStore: async (name) => openSqliteStore(join(folder, `${name}.sqlite`)),
  });
});
