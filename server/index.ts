import { Redis } from '@hocuspocus/extension-redis';
import { startLiveServer } from './createLiveServer';
import { consoleLog } from './log';
import { openPostgresStore } from './stores/postgres';
import { openSqliteStore } from './stores/sqlite';

/**
 * `npm run server`: the workshop server. With no configuration it listens on
 * 127.0.0.1:1234 and keeps its data in ./data/workshops.sqlite.
 *
 * FABRIK_LIVE_PORT, FABRIK_LIVE_HOST       where to listen
 * FABRIK_LIVE_SQLITE                      the SQLite file (default data/workshops.sqlite)
 * FABRIK_LIVE_DATABASE_URL                a PostgreSQL connection string, instead of SQLite
 * FABRIK_LIVE_PG_SCHEMA                   the PostgreSQL schema (default fabrik_live)
 * FABRIK_LIVE_REDIS_URL                   Redis, to keep several instances in step
 */
const env = process.env;
const portArgument = process.argv.find((arg) => arg.startsWith('--port='))?.slice(7);
const port = Number(portArgument ?? env.FABRIK_LIVE_PORT ?? 1234);

const store = env.FABRIK_LIVE_DATABASE_URL
  ? await openPostgresStore(env.FABRIK_LIVE_DATABASE_URL, env.FABRIK_LIVE_PG_SCHEMA)
  : openSqliteStore(env.FABRIK_LIVE_SQLITE ?? 'data/workshops.sqlite');

const redisUrl = env.FABRIK_LIVE_REDIS_URL ? new URL(env.FABRIK_LIVE_REDIS_URL) : undefined;
const extensions = redisUrl
  ? [
      new Redis({
        host: redisUrl.hostname,
        port: Number(redisUrl.port || 6379),
        prefix: env.FABRIK_LIVE_REDIS_PREFIX ?? 'fabrik-live',
      }),
    ]
  : [];

const limit = (name: string) => (env[name] ? Number(env[name]) : undefined);
const server = await startLiveServer({
  store,
  port,
  host: env.FABRIK_LIVE_HOST ?? '127.0.0.1',
  extensions,
  limits: {
    ...(limit('FABRIK_LIVE_MAX_DOCUMENT_BYTES') && {
      maxDocumentBytes: limit('FABRIK_LIVE_MAX_DOCUMENT_BYTES'),
    }),
    ...(limit('FABRIK_LIVE_MAX_CONNECTIONS') && {
      maxConnectionsPerRoom: limit('FABRIK_LIVE_MAX_CONNECTIONS'),
    }),
  },
});
consoleLog.info('store', {
  kind: env.FABRIK_LIVE_DATABASE_URL ? 'postgresql' : 'sqlite',
  redis: redisUrl ? 'on' : 'off',
});

async function stop() {
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
