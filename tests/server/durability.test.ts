import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPrototype, writePrototype } from '../../src/domain/live/sharedDoc';
import { connect, connectOwner, newRoom } from './support';

const folder = mkdtempSync(join(tmpdir(), 'fabrik-live-kill-'));
const port = 1723;
let output = '';

/** `npm run server` as a person starts it, on its own SQLite file. */
function startServerProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts', `--port=${port}`], {
    env: { ...process.env, FABRIK_LIVE_SQLITE: join(folder, 'workshops.sqlite') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`listening host=127.0.0.1 port=${port}`)) resolve(child);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('workshop server killed with SIGKILL', () => {
  it('loses nothing it acknowledged, and logs no secret', { timeout: 180_000 }, async () => {
    let server = await startServerProcess();
    const url = `ws://127.0.0.1:${port}`;
    const room = newRoom();
    const owner = connectOwner(url, room);
    await owner.synced;
    for (let index = 0; index < 20; index++) {
      writePrototype(owner.doc, {
        id: 'p',
        name: `Version ${index}`,
        notes: [{ id: `n${index}` }],
      });
    }
    await owner.acknowledged();
    server.kill('SIGKILL');
    await new Promise((resolve) => server.once('exit', resolve));
    owner.destroy();

    output = '';
    server = await startServerProcess();
    const reader = connect(url, room.id, room.viewer);
    await reader.synced;
    expect(readPrototype(reader.doc)).toEqual({
      id: 'p',
      name: 'Version 19',
      notes: [{ id: 'n19' }],
    });
    reader.destroy();
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    for (const secret of Object.values(room)) expect(output).not.toContain(secret);
  });
});
