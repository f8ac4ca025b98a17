import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { LinkRole } from '../../src/domain/live/roles';
import type { LiveStore, LoggedUpdate, RoomRecord } from './types';

interface RoomRow {
  id: string;
  created_at: string;
  owner_hash: string;
  viewer_hash: string;
  commenter_hash: string;
  editor_hash: string;
}

const roleColumns: Record<LinkRole, string> = {
  viewer: 'viewer_hash',
  commenter: 'commenter_hash',
  editor: 'editor_hash',
};

/**
 * The embedded store: one SQLite file, nothing to install or configure. WAL with
 * synchronous=FULL makes every append durable before the server acknowledges it.
 */
export function openSqliteStore(path: string): LiveStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS fabrik_rooms (
      id TEXT PRIMARY KEY, created_at TEXT NOT NULL, owner_hash TEXT NOT NULL,
      viewer_hash TEXT NOT NULL, commenter_hash TEXT NOT NULL, editor_hash TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS fabrik_documents (name TEXT PRIMARY KEY, state BLOB NOT NULL);
    CREATE TABLE IF NOT EXISTS fabrik_updates (
      id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, data BLOB NOT NULL);
    CREATE INDEX IF NOT EXISTS fabrik_updates_name ON fabrik_updates (name, id);
  `);
  const statements = {
    findRoom: db.prepare<[string], RoomRow>('SELECT * FROM fabrik_rooms WHERE id = ?'),
    createRoom: db.prepare(
      `INSERT OR IGNORE INTO fabrik_rooms VALUES
       (@id, @created_at, @owner_hash, @viewer_hash, @commenter_hash, @editor_hash)`,
    ),
    deleteRoom: db.prepare('DELETE FROM fabrik_rooms WHERE id = ?'),
    loadState: db.prepare<[string], { state: Buffer }>(
      'SELECT state FROM fabrik_documents WHERE name = ?',
    ),
    loadUpdates: db.prepare<[string], { id: number; data: Buffer }>(
      'SELECT id, data FROM fabrik_updates WHERE name = ? ORDER BY id',
    ),
    append: db.prepare('INSERT INTO fabrik_updates (name, data) VALUES (?, ?)'),
    storeState: db.prepare(
      'INSERT INTO fabrik_documents (name, state) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET state = excluded.state',
    ),
    dropUpdate: db.prepare('DELETE FROM fabrik_updates WHERE id = ?'),
    deleteState: db.prepare('DELETE FROM fabrik_documents WHERE name = ?'),
    deleteUpdates: db.prepare('DELETE FROM fabrik_updates WHERE name = ?'),
  };
  const storeDocument = db.transaction((name: string, state: Uint8Array, ids: number[]) => {
    statements.storeState.run(name, Buffer.from(state));
    for (const id of ids) statements.dropUpdate.run(id);
  });
  const deleteRoom = db.transaction((id: string) => {
    statements.deleteRoom.run(id);
    statements.deleteState.run(id);
    statements.deleteUpdates.run(id);
  });

  return {
    async findRoom(id) {
      const row = statements.findRoom.get(id);
      return row && roomFromRow(row);
    },
    async createRoom(room) {
      const result = statements.createRoom.run({
        id: room.id,
        created_at: room.createdAt,
        owner_hash: room.ownerHash,
        viewer_hash: room.roleHashes.viewer,
        commenter_hash: room.roleHashes.commenter,
        editor_hash: room.roleHashes.editor,
      });
      return result.changes === 1;
    },
    async setRoleHash(id, role, hash) {
      db.prepare(`UPDATE fabrik_rooms SET ${roleColumns[role]} = ? WHERE id = ?`).run(hash, id);
    },
    async deleteRoom(id) {
      deleteRoom(id);
    },
    async loadDocument(name) {
      const state = statements.loadState.get(name)?.state ?? null;
      return { state: state && new Uint8Array(state), updates: await this.loggedUpdates(name) };
    },
    async loggedUpdates(name): Promise<LoggedUpdate[]> {
      return statements.loadUpdates
        .all(name)
        .map(({ id, data }) => ({ id, update: new Uint8Array(data) }));
    },
    async appendUpdate(name, update) {
      statements.append.run(name, Buffer.from(update));
    },
    async storeDocument(name, state, ids) {
      storeDocument(name, state, ids);
    },
    async close() {
      db.close();
    },
  };
}

function roomFromRow(row: RoomRow): RoomRecord {
  return {
    id: row.id,
    createdAt: row.created_at,
    ownerHash: row.owner_hash,
    roleHashes: {
      viewer: row.viewer_hash,
      commenter: row.commenter_hash,
      editor: row.editor_hash,
    },
  };
}
