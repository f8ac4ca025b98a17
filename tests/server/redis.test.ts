import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from '@hocuspocus/extension-redis';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { readPrototype, writePrototype } from '../../src/domain/live/sharedDoc';
import type { LiveServer } from '../../server/createLiveServer';
import { openPostgresStore } from '../../server/stores/postgres';
import {
  connect,
  connectOwner,
  message,
  newRoom,
  newSecret,
  postgresUrl,
  startTestServer,
  until,
} from './support';

const run = randomBytes(4).toString('hex');
const schema = `fabrik_live_test_${run}_redis`;
const servers: LiveServer[] = [];

/** Two instances behind one load balancer: one PostgreSQL, one Redis, as the README sets them up. */
beforeAll(async () => {
  for (const port of [1728, 1729]) {
    const redis = new Redis({ host: '127.0.0.1', port: 6379, prefix: `fabrik-test-${run}` });
    servers.push(
      await startTestServer({
        store: await openPostgresStore(postgresUrl, schema),
        port,
        extensions: [redis],
        // Every message checks the room again, so the revocation test needs no wait.
        limits: { recheckMs: 0 },
      }),
    );
  }
});

afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

describe('two workshop server instances kept in step by Redis', () => {
  it('carries changes and presence from one instance to the other', async () => {
    const [first, second] = servers as [LiveServer, LiveServer];
    const room = newRoom();
    const owner = connectOwner(first.url, room);
    await owner.synced;
    writePrototype(owner.doc, { id: 'p', name: 'Depuis la première instance' });
    await owner.acknowledged();

    const editor = connect(second.url, room.id, room.editor);
    await editor.synced;
    await until(editor.doc, () => readPrototype(editor.doc).name === 'Depuis la première instance');
    writePrototype(editor.doc, { id: 'p', name: 'Depuis la seconde' });
    await until(owner.doc, () => readPrototype(owner.doc).name === 'Depuis la seconde');

    editor.provider.setAwarenessField('user', { name: 'Bob' });
    await new Promise<void>((resolve) => {
      const check = () => {
        const states = [...owner.provider.awareness!.getStates().values()];
        if (states.some((state) => state.user?.name === 'Bob')) resolve();
      };
      owner.provider.awareness!.on('change', check);
      check();
    });
    owner.destroy();
    editor.destroy();
  });

  it('refuses on the second instance a viewer’s change, as on the first', async () => {
    const [first, second] = servers as [LiveServer, LiveServer];
    const room = newRoom();
    const owner = connectOwner(first.url, room);
    await owner.synced;
    writePrototype(owner.doc, { id: 'p', name: 'Original' });
    await owner.acknowledged();
    const viewer = connect(second.url, room.id, room.viewer);
    await viewer.synced;
    writePrototype(viewer.doc, { id: 'p', name: 'Forcé' });
    expect(await message(viewer, 'refused')).toEqual({ type: 'refused', reason: 'read-only' });
    const check = connect(first.url, room.id, room.editor);
    await check.synced;
    expect(readPrototype(check.doc).name).toBe('Original');
    [owner, viewer, check].forEach((client) => client.destroy());
  });
});

describe('a link revoked through one instance', () => {
  it('stops working on the other instance too', async () => {
    const [first, second] = servers as [LiveServer, LiveServer];
    const room = newRoom();
    const owner = connectOwner(first.url, room);
    await owner.synced;
    writePrototype(owner.doc, { id: 'p', name: 'Original' });
    await owner.acknowledged();
    const editor = connect(second.url, room.id, room.editor);
    await editor.synced;
    owner.provider.sendStateless(
      JSON.stringify({ type: 'revoke', role: 'editor', secret: newSecret() }),
    );
    await message(owner, 'revoked');
    // The second instance learns of it when the revoked editor next sends something.
    writePrototype(editor.doc, { id: 'p', name: 'Après révocation' });
    expect(await editor.refused).toBe('revoked');
    const check = connect(first.url, room.id, room.viewer);
    await check.synced;
    expect(readPrototype(check.doc).name).toBe('Original');
    [owner, editor, check].forEach((client) => client.destroy());
  });
});
