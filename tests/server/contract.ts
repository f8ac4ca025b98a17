import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { prototypeToDoc, readPrototype, writePrototype } from '../../src/domain/live/sharedDoc';
import { createPrototype } from '../../src/domain/prototype/create';
import type { WorkshopComment } from '../../src/domain/live/comments';
import { exceptionVoteId, type ExceptionVote } from '../../src/domain/live/exceptionVotes';
import type { LiveServer } from '../../server/createLiveServer';
import type { LiveStore } from '../../server/stores/types';
import {
  connect,
  connectOwner,
  message,
  newRoom,
  newSecret,
  recordingLog,
  startTestServer,
  until,
  type TestClient,
  type TestRoom,
} from './support';

export interface ContractOptions {
  basePort: number;
  /** Opens the store named `name`: the same name gives the same data. */
  openStore(name: string): Promise<LiveStore>;
}

const prototype = createPrototype('Carte de stationnement', new Date('2026-11-23T09:00:00Z'));

const comment = (id: string, authorId: string, text = 'Pourquoi ce champ ?'): WorkshopComment => ({
  id,
  kind: 'comment',
  target: { kind: 'step', id: 'form', label: 'Formulaire' },
  authorId,
  authorName: 'Camille',
  text,
  createdAt: '2026-11-23T10:00:00.000Z',
  resolved: false,
  votes: {},
});

const vote = (voterId: string, choice: ExceptionVote['choice']): ExceptionVote => ({
  id: exceptionVoteId('exception-1', voterId),
  exceptionId: 'exception-1',
  voterId,
  voterName: 'Camille',
  choice,
  at: '2026-11-23T10:00:00.000Z',
});

/** The behaviour every store must give the workshop server. */
export function serverContract({ basePort, openStore }: ContractOptions) {
  const log = recordingLog();
  let server: LiveServer;
  const clients: TestClient[] = [];
  const track = (client: TestClient) => (clients.push(client), client);

  beforeAll(async () => {
    server = await startTestServer({ store: await openStore('main'), port: basePort, log });
  });
  afterAll(async () => {
    clients.forEach((client) => client.destroy());
    await server.close();
  });

  /** A room created by its referent, holding the default prototype. */
  async function sharedRoom(): Promise<{ room: TestRoom; owner: TestClient }> {
    const room = newRoom();
    const owner = track(connectOwner(server.url, room, 'owner-participant'));
    await owner.synced;
    writePrototype(owner.doc, prototype, 'local');
    await owner.acknowledged();
    return { room, owner };
  }

  it('refuses a connection without a valid secret', async () => {
    const { room } = await sharedRoom();
    expect(await track(connect(server.url, room.id, newSecret())).refused).toBe('invalid-token');
    expect(await track(connect(server.url, newSecret(), room.viewer)).refused).toBe(
      'invalid-token',
    );
    const garbage = track(connect(server.url, room.id, 'x'));
    expect(await garbage.refused).toBe('invalid-token');
  });

  it('sends an editor’s change to a viewer, and refuses the viewer’s change', async () => {
    const { room, owner } = await sharedRoom();
    const viewer = track(connect(server.url, room.id, room.viewer));
    await viewer.synced;
    expect(await message(viewer, 'welcome')).toEqual({ type: 'welcome', role: 'viewer' });
    await until(viewer.doc, () => readPrototype(viewer.doc).name === prototype.name);

    const editor = track(connect(server.url, room.id, room.editor));
    await editor.synced;
    writePrototype(editor.doc, { ...prototype, name: 'Nom par l’éditeur' });
    await until(viewer.doc, () => readPrototype(viewer.doc).name === 'Nom par l’éditeur');

    writePrototype(viewer.doc, { ...prototype, name: 'Nom du spectateur' });
    expect(await message(viewer, 'refused')).toEqual({ type: 'refused', reason: 'read-only' });
    const late = track(connect(server.url, room.id, room.editor));
    await late.synced;
    expect(readPrototype(late.doc).name).toBe('Nom par l’éditeur');
    expect(readPrototype(owner.doc).name).toBe('Nom par l’éditeur');
  });

  it('lets a commenter comment and vote, never change the prototype or another’s words', async () => {
    const { room, owner } = await sharedRoom();
    const commenter = track(connect(server.url, room.id, room.commenter, {}, 'commenter-1'));
    await commenter.synced;
    const withComment = { ...prototype, workshopComments: [comment('c1', 'commenter-1')] };
    writePrototype(commenter.doc, withComment);
    await until(owner.doc, () => readPrototype(owner.doc).workshopComments !== undefined);

    writePrototype(owner.doc, {
      ...withComment,
      workshopComments: [
        comment('c1', 'commenter-1'),
        comment('c2', 'owner-participant', 'Parce que.'),
      ],
    });
    await owner.acknowledged();
    await until(
      commenter.doc,
      () => (readPrototype(commenter.doc).workshopComments as unknown[]).length === 2,
    );
    const voted = {
      ...withComment,
      workshopComments: [
        comment('c1', 'commenter-1'),
        { ...comment('c2', 'owner-participant', 'Parce que.'), votes: { 'commenter-1': 'for' } },
      ],
    };
    writePrototype(commenter.doc, voted);
    await until(owner.doc, () =>
      JSON.stringify(readPrototype(owner.doc).workshopComments).includes('"for"'),
    );

    writePrototype(commenter.doc, { ...voted, name: 'Changé par un commentateur' });
    expect(await commenter.refused).toBe('read-only');
    const check = track(connect(server.url, room.id, room.editor));
    await check.synced;
    expect(readPrototype(check.doc).name).toBe(prototype.name);

    const forger = track(connect(server.url, room.id, room.commenter, {}, 'commenter-2'));
    await forger.synced;
    const words = readPrototype(forger.doc).workshopComments as WorkshopComment[];
    writePrototype(forger.doc, {
      ...readPrototype(forger.doc),
      workshopComments: words.map((item) => ({ ...item, text: 'Falsifié' })),
    });
    expect(await forger.refused).toBe('read-only');
  });

  it('lets a commenter cast and change their vote on an exception, never a viewer, never another’s', async () => {
    const { room, owner } = await sharedRoom();
    const commenter = track(connect(server.url, room.id, room.commenter, {}, 'commenter-1'));
    await commenter.synced;
    writePrototype(commenter.doc, { ...prototype, exceptionVotes: [vote('commenter-1', 'later')] });
    await until(owner.doc, () => readPrototype(owner.doc).exceptionVotes !== undefined);
    // Changed: still one vote, the new choice.
    writePrototype(commenter.doc, {
      ...prototype,
      exceptionVotes: [vote('commenter-1', 'handled')],
    });
    await until(owner.doc, () =>
      JSON.stringify(readPrototype(owner.doc).exceptionVotes).includes('"handled"'),
    );
    expect(readPrototype(owner.doc).exceptionVotes).toEqual([vote('commenter-1', 'handled')]);

    const viewer = track(connect(server.url, room.id, room.viewer, {}, 'viewer-1'));
    await viewer.synced;
    writePrototype(viewer.doc, {
      ...readPrototype(viewer.doc),
      exceptionVotes: [vote('commenter-1', 'handled'), vote('viewer-1', 'later')],
    });
    expect(await message(viewer, 'refused')).toEqual({ type: 'refused', reason: 'read-only' });

    const forger = track(connect(server.url, room.id, room.commenter, {}, 'commenter-2'));
    await forger.synced;
    writePrototype(forger.doc, {
      ...readPrototype(forger.doc),
      exceptionVotes: [vote('commenter-1', 'out-of-scope')],
    });
    expect(await forger.refused).toBe('read-only');
    const check = track(connect(server.url, room.id, room.editor));
    await check.synced;
    expect(readPrototype(check.doc).exceptionVotes).toEqual([vote('commenter-1', 'handled')]);
  });

  it('revokes a link: its holders are cut off and its secret no longer opens the room', async () => {
    const { room, owner } = await sharedRoom();
    const viewer = track(connect(server.url, room.id, room.viewer));
    await viewer.synced;
    const replacement = newSecret();
    owner.provider.sendStateless(
      JSON.stringify({ type: 'revoke', role: 'viewer', secret: replacement }),
    );
    expect(await viewer.refused).toBe('revoked');
    expect(await message(owner, 'revoked')).toEqual({ type: 'revoked', role: 'viewer' });
    expect(await track(connect(server.url, room.id, room.viewer)).refused).toBe('invalid-token');
    const again = track(connect(server.url, room.id, replacement));
    await again.synced;
    expect(readPrototype(again.doc).name).toBe(prototype.name);
  });

  it('only the referent revokes or ends', async () => {
    const { room } = await sharedRoom();
    const editor = track(connect(server.url, room.id, room.editor));
    await editor.synced;
    editor.provider.sendStateless(JSON.stringify({ type: 'end' }));
    const viewer = track(connect(server.url, room.id, room.viewer));
    await viewer.synced;
    expect(readPrototype(viewer.doc).name).toBe(prototype.name);
  });

  it('ends the sharing: everyone is cut off and the server forgets the room', async () => {
    const { room, owner } = await sharedRoom();
    const editor = track(connect(server.url, room.id, room.editor));
    await editor.synced;
    owner.provider.sendStateless(JSON.stringify({ type: 'end' }));
    expect(await editor.refused).toBe('ended');
    expect(await owner.refused).toBe('ended');
    expect(await track(connect(server.url, room.id, room.editor)).refused).toBe('room-ended');
  });

  it('keeps every acknowledged change when the server restarts', async () => {
    const store = await openStore('restart');
    const port = basePort + 1;
    let restartable = await startTestServer({ store, port, storeDebounceMs: 60_000 });
    const room = newRoom();
    const owner = connectOwner(restartable.url, room);
    await owner.synced;
    writePrototype(owner.doc, prototype);
    for (let index = 0; index < 5; index++) {
      writePrototype(owner.doc, { ...prototype, name: `Version ${index}` });
    }
    await owner.acknowledged();
    owner.destroy();
    await restartable.close();
    restartable = await startTestServer({ store: await openStore('restart'), port });
    const reader = connect(restartable.url, room.id, room.viewer);
    await reader.synced;
    expect(readPrototype(reader.doc).name).toBe('Version 4');
    reader.destroy();
    await restartable.close();
  });

  it('refuses an oversized update, a full document, a flood and a full room, and serves the others', async () => {
    const port = basePort + 2;
    const limited = await startTestServer({
      store: await openStore('limits'),
      port,
      limits: {
        maxUpdateBytes: 20_000,
        maxDocumentBytes: 60_000,
        maxConnectionsPerRoom: 4,
        messageBurst: 40,
        messagesPerSecond: 5,
      },
    });
    try {
      const room = newRoom();
      const owner = connectOwner(limited.url, room);
      await owner.synced;
      writePrototype(owner.doc, { id: 'p', name: 'x' });
      await owner.acknowledged();

      writePrototype(owner.doc, { id: 'p', name: 'x', big: 'a'.repeat(30_000) });
      expect(await owner.refused).toBe('too-large');

      const filler = connect(limited.url, room.id, room.editor);
      await filler.synced;
      for (let index = 0; index < 4; index++) {
        writePrototype(filler.doc, { id: 'p', name: 'x', [`part${index}`]: 'b'.repeat(18_000) });
      }
      expect(await filler.refused).toBe('document-full');
      filler.destroy();

      const others = [0, 1, 2, 3].map(() => connect(limited.url, room.id, room.viewer));
      await Promise.all(others.map((client) => client.synced));
      expect(await connect(limited.url, room.id, room.viewer).refused).toBe('room-full');
      others.forEach((client) => client.destroy());

      const calm = newRoom();
      const calmOwner = connectOwner(limited.url, calm);
      await calmOwner.synced;
      const flooded = newRoom();
      const flooder = connectOwner(limited.url, flooded);
      await flooder.synced;
      for (let index = 0; index < 60; index++) {
        writePrototype(flooder.doc, { id: 'p', name: `n${index}` });
      }
      expect(await flooder.refused).toBe('flood');
      writePrototype(calmOwner.doc, { id: 'q', name: 'toujours servi' });
      await calmOwner.acknowledged();
      const calmReader = connect(limited.url, calm.id, calm.viewer);
      await calmReader.synced;
      expect(readPrototype(calmReader.doc).name).toBe('toujours servi');
      [owner, calmOwner, flooder, calmReader].forEach((client) => client.destroy());
    } finally {
      await limited.close();
    }
  });

  it('closes a connection that stops answering, so its person leaves the room for the others', async () => {
    const port = basePort + 3;
    const watched = await startTestServer({
      store: await openStore('silent'),
      port,
      limits: { silentConnectionMs: 200 },
    });
    try {
      const room = newRoom();
      const owner = connectOwner(watched.url, room);
      await owner.synced;
      // A device whose network dropped: its socket still looks open, and answers nothing.
      class Unanswering extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { autoPong: false });
        }
      }
      const silent = connect(watched.url, room.id, room.editor, {}, undefined, Unanswering);
      await silent.synced;
      const silentId = silent.provider.awareness!.clientID;
      silent.provider.setAwarenessField('user', { id: 'silent', name: 'Hors réseau' });
      const seen = owner.provider.awareness!;
      await new Promise<void>((resolve) => {
        const check = () => seen.getStates().has(silentId) && resolve();
        seen.on('change', check);
        check();
      });
      await new Promise<void>((resolve) =>
        seen.on('change', ({ removed }: { removed: number[] }) => {
          if (removed.includes(silentId)) resolve();
        }),
      );
      // The owner, who answers, stays: their changes still reach the server.
      writePrototype(owner.doc, { id: 'p', name: 'toujours là' });
      await owner.acknowledged();
      silent.destroy();
      owner.destroy();
    } finally {
      await watched.close();
    }
  });

  it('never writes a secret to its log', async () => {
    const { room } = await sharedRoom();
    const secrets = [room.id, room.owner, room.viewer, room.commenter, room.editor];
    expect(log.lines.length).toBeGreaterThan(0);
    for (const line of log.lines) for (const secret of secrets) expect(line).not.toContain(secret);
  });

  it('converts a whole prototype through the server unchanged', async () => {
    const room = newRoom();
    const owner = track(connectOwner(server.url, room));
    await owner.synced;
    Y.applyUpdate(owner.doc, Y.encodeStateAsUpdate(prototypeToDoc(prototype)));
    await owner.acknowledged();
    const reader = track(connect(server.url, room.id, room.viewer));
    await reader.synced;
    expect(readPrototype(reader.doc)).toEqual(readPrototype(owner.doc));
  });
}
