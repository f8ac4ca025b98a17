import pg from 'pg';
import type { LinkRole } from '../../src/domain/live/roles';
import type { LiveStore, RoomRecord } from './types';

const roleColumns: Record<LinkRole, string> = {
  viewer: 'viewer_hash',
  commenter: 'commenter_hash',
  editor: 'editor_hash',
};

/** A PostgreSQL schema name: letters, digits and underscores only, since it is put in SQL. */
function checkedSchema(schema: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  return schema;
}

/**
 * The store for organisations running many workshops, shared by several server instances.
 * Each append commits before the server acknowledges the change.
 */
export async function openPostgresStore(
  connectionString: string,
  schemaName = 'fabrik_live',
): Promise<LiveStore> {
  const schema = checkedSchema(schemaName);
  const pool = new pg.Pool({ connectionString, max: 10 });
  await pool.query(`
    CREATE SCHEMA IF NOT EXISTS ${schema};
    CREATE TABLE IF NOT EXISTS ${schema}.rooms (
      id TEXT PRIMARY KEY, created_at TEXT NOT NULL, owner_hash TEXT NOT NULL,
      viewer_hash TEXT NOT NULL, commenter_hash TEXT NOT NULL, editor_hash TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS ${schema}.documents (name TEXT PRIMARY KEY, state BYTEA NOT NULL);
    CREATE TABLE IF NOT EXISTS ${schema}.updates (
      id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL, data BYTEA NOT NULL);
    CREATE INDEX IF NOT EXISTS updates_name ON ${schema}.updates (name, id);
  `);

  async function transaction(work: (client: pg.PoolClient) => Promise<void>) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }

  const store: LiveStore = {
    async findRoom(id) {
      const { rows } = await pool.query(`SELECT * FROM ${schema}.rooms WHERE id = $1`, [id]);
      const row = rows[0];
      if (!row) return undefined;
      const room: RoomRecord = {
        id: row.id,
        createdAt: row.created_at,
        ownerHash: row.owner_hash,
        roleHashes: {
          viewer: row.viewer_hash,
          commenter: row.commenter_hash,
          editor: row.editor_hash,
        },
      };
      return room;
    },
    async createRoom(room) {
      const { rowCount } = await pool.query(
        `INSERT INTO ${schema}.rooms VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING`,
        [
          room.id,
          room.createdAt,
          room.ownerHash,
          room.roleHashes.viewer,
          room.roleHashes.commenter,
          room.roleHashes.editor,
        ],
      );
      return rowCount === 1;
    },
    async setRoleHash(id, role, hash) {
      await pool.query(`UPDATE ${schema}.rooms SET ${roleColumns[role]} = $1 WHERE id = $2`, [
        hash,
        id,
      ]);
    },
    async deleteRoom(id) {
      await transaction(async (client) => {
        await client.query(`DELETE FROM ${schema}.rooms WHERE id = $1`, [id]);
        await client.query(`DELETE FROM ${schema}.documents WHERE name = $1`, [id]);
        await client.query(`DELETE FROM ${schema}.updates WHERE name = $1`, [id]);
      });
    },
    async loadDocument(name) {
      const { rows } = await pool.query(`SELECT state FROM ${schema}.documents WHERE name = $1`, [
        name,
      ]);
      const state = rows[0] ? new Uint8Array(rows[0].state as Buffer) : null;
      return { state, updates: await store.loggedUpdates(name) };
    },
    async loggedUpdates(name) {
      const { rows } = await pool.query(
        `SELECT id, data FROM ${schema}.updates WHERE name = $1 ORDER BY id`,
        [name],
      );
      return rows.map((row) => ({
        id: Number(row.id),
        update: new Uint8Array(row.data as Buffer),
      }));
    },
    async appendUpdate(name, update) {
      await pool.query(`INSERT INTO ${schema}.updates (name, data) VALUES ($1, $2)`, [
        name,
        Buffer.from(update),
      ]);
    },
    async storeDocument(name, state, ids) {
      await transaction(async (client) => {
        await client.query(
          `INSERT INTO ${schema}.documents (name, state) VALUES ($1, $2)
           ON CONFLICT (name) DO UPDATE SET state = excluded.state`,
          [name, Buffer.from(state)],
        );
        await client.query(`DELETE FROM ${schema}.updates WHERE id = ANY($1::bigint[])`, [ids]);
      });
    },
    async close() {
      await pool.end();
    },
  };
  return store;
}
