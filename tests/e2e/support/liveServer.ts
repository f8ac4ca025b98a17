import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The workshop server as `npm run server` starts it, on 127.0.0.1, for one test. */
export interface LiveServerProcess {
  url: string;
  /** Kills it at once, as a crash or a power cut would. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export type LiveStoreKind = 'sqlite' | 'postgres';

const postgresUrl =
  process.env.FABRIK_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Set to a file to keep the servers' output for a failing test. */
const logFile = process.env.FABRIK_E2E_SERVER_LOG;

function waitForListening(child: ChildProcess, port: number): Promise<void> {
  let output = '';
  if (logFile) {
    const keep = (chunk: Buffer) => appendFileSync(logFile, `[${port}] ${chunk.toString()}`);
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
  }
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`port=${port}`)) resolve();
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`Workshop server exited (${code}): ${output}`)));
  });
}

/**
 * Starts a workshop server. `store` picks SQLite (a fresh file) or PostgreSQL (a schema of
 * its own); `redisPrefix` joins it to other instances through the machine's Redis.
 */
export async function startLiveServer(
  port: number,
  options: { store?: LiveStoreKind; schema?: string; redisPrefix?: string; dataDir?: string } = {},
): Promise<LiveServerProcess> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'fabrik-e2e-live-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FABRIK_LIVE_SQLITE: join(dataDir, 'live.sqlite'),
  };
  if (options.store === 'postgres') {
    env.FABRIK_LIVE_DATABASE_URL = postgresUrl;
    env.FABRIK_LIVE_PG_SCHEMA = options.schema ?? `fabrik_e2e_${port}_${Date.now()}`;
  }
  if (options.redisPrefix) {
    env.FABRIK_LIVE_REDIS_URL = 'redis://127.0.0.1:6379';
    env.FABRIK_LIVE_REDIS_PREFIX = options.redisPrefix;
  }
  let child: ChildProcess;
  const start = async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts', `--port=${port}`], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await waitForListening(child, port);
  };
  const exited = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve();
      else child.once('exit', () => resolve());
    });
  await start();
  return {
    url: `ws://127.0.0.1:${port}`,
    async kill() {
      child.kill('SIGKILL');
      await exited();
    },
    restart: start,
    async stop() {
      child.kill('SIGTERM');
      await exited();
    },
  };
}
