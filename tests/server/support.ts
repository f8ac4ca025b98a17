import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  readMessage,
  serverMessageSchema,
  type Credentials,
  type ServerMessage,
} from '../../src/domain/live/protocol';
import { startLiveServer, type LiveServerOptions } from '../../server/createLiveServer';
import type { LiveLog } from '../../server/log';

/** The machine's PostgreSQL (trust auth); each run works in schemas of its own. */
export const postgresUrl =
  process.env.FABRIK_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export const newSecret = () => randomBytes(24).toString('base64url');

/** A room's secrets, as the referent's browser makes them. */
export function newRoom() {
  return {
    id: newSecret(),
    owner: newSecret(),
    viewer: newSecret(),
    commenter: newSecret(),
    editor: newSecret(),
  };
}
export type TestRoom = ReturnType<typeof newRoom>;

/** A log that keeps every line, to check what the server writes. */
export function recordingLog(): LiveLog & { lines: string[] } {
  const lines: string[] = [];
  const record = (event: string, details: Record<string, string | number> = {}) =>
    lines.push(`${event} ${JSON.stringify(details)}`);
  return { lines, info: record, warn: record };
}

export async function startTestServer(options: LiveServerOptions) {
  return startLiveServer({ log: recordingLog(), storeDebounceMs: 50, ...options });
}

export interface TestClient {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  messages: ServerMessage[];
  /** Settles with the reason the server gave for refusing or closing the connection. */
  refused: Promise<string>;
  /** Resolves when the server has acknowledged every local change. */
  acknowledged(): Promise<void>;
  synced: Promise<void>;
  destroy(): void;
}

/** A participant connecting with a link's secret, as the app's sync module does. */
export function connect(
  url: string,
  room: string,
  secret: string,
  extra: Partial<Credentials> = {},
  participantId = `p-${newSecret().slice(0, 10)}`,
  Socket: new (address: string, protocols?: string | string[]) => WebSocket = WebSocket,
): TestClient {
  const doc = new Y.Doc();
  const messages: ServerMessage[] = [];
  let refuse: (reason: string) => void = () => {};
  let markSynced: () => void = () => {};
  const refused = new Promise<string>((resolve) => (refuse = resolve));
  const synced = new Promise<void>((resolve) => (markSynced = resolve));
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: Socket as unknown as typeof globalThis.WebSocket,
  });
  const credentials: Credentials = {
    secret,
    participant: { id: participantId, name: 'Test' },
    ...extra,
  };
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token: JSON.stringify(credentials),
    onAuthenticationFailed: ({ reason }) => refuse(reason),
    onClose: ({ event }) => refuse(event.reason),
    onSynced: () => markSynced(),
    onStateless: ({ payload }) => {
      const message = readMessage(serverMessageSchema, payload);
      if (message) messages.push(message);
    },
  });
  provider.attach();
  return {
    doc,
    provider,
    messages,
    refused,
    synced,
    acknowledged: () =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (!provider.hasUnsyncedChanges) {
            provider.off('unsyncedChanges', check);
            resolve();
          }
        };
        provider.on('unsyncedChanges', check);
        check();
      }),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** The referent's first connection, which creates the room. */
export function connectOwner(url: string, room: TestRoom, participantId?: string): TestClient {
  return connect(
    url,
    room.id,
    room.owner,
    { create: { viewer: room.viewer, commenter: room.commenter, editor: room.editor } },
    participantId,
  );
}

/** Waits until `condition` holds, checking on every change of `doc`. */
export function until(doc: Y.Doc, condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (condition()) {
        doc.off('update', check);
        resolve();
      }
    };
    doc.on('update', check);
    check();
  });
}

/** Waits for a message of the server. */
export async function message(client: TestClient, type: ServerMessage['type']) {
  for (;;) {
    const found = client.messages.find((item) => item.type === type);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
