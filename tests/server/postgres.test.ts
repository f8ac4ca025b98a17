import { afterAll, describe } from 'vitest';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { openPostgresStore } from '../../server/stores/postgres';
import { serverContract } from './contract';
import { postgresUrl } from './support';

const run = randomBytes(4).toString('hex');
const schemas = new Set<string>();

afterAll(async () => {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe('workshop server on PostgreSQL', () => {
  serverContract({
    basePort: 1724,
    openStore: async (name) => {
      const schema = `fabrik_live_test_${run}_${name}`;
      schemas.add(schema);
      return openPostgresStore(postgresUrl, schema);
    },
  });
});
