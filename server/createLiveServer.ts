import { Server } from '@hocuspocus/server';
import type { Extension } from '@hocuspocus/server';
import { liveLimits } from '../src/domain/live/limits';
import { Access } from './access';
import { Guard, type GuardLimits } from './guard';
import { consoleLog, type LiveLog } from './log';
import { persistence } from './persistence';
import type { LiveStore } from './stores/types';

export interface LiveServerOptions {
  store: LiveStore;
  port: number;
  /** 127.0.0.1 by default: serving the network is a deliberate choice. */
  host?: string;
  limits?: Partial<GuardLimits & { maxConnectionsPerRoom: number; silentConnectionMs: number }>;
  /** More extensions, such as Redis to keep several instances in step. */
  extensions?: Extension[];
  log?: LiveLog;
  /** How long Hocuspocus waits after a change before folding the log into the stored state. */
  storeDebounceMs?: number;
}

export interface LiveServer {
  /** The WebSocket address browsers connect to. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the workshop server: Hocuspocus with Fabrik's access rules, guard and store. */
export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const limits = { ...liveLimits, ...options.limits };
  const log = options.log ?? consoleLog;
  const server = new Server(
    {
      port: options.port,
      address: options.host ?? '127.0.0.1',
      quiet: true,
      stopOnSignals: false,
      debounce: options.storeDebounceMs ?? 2000,
      timeout: limits.silentConnectionMs,
      maxDebounce: 10_000,
      extensions: [
        new Access(options.store, limits.maxConnectionsPerRoom, log),
        new Guard(options.store, limits, log),
        persistence(options.store),
        ...(options.extensions ?? []),
      ],
    },
    // Frames larger than any acceptable update are cut by the WebSocket layer itself.
    { maxPayload: limits.maxUpdateBytes + 64 * 1024 },
  );
  await server.listen();
  const port = server.address.port;
  const host = options.host ?? '127.0.0.1';
  log.info('listening', { host, port });
  return {
    url: `ws://${host}:${port}`,
    port,
    async close() {
      await server.destroy();
      await options.store.close();
    },
  };
}
