import type { LinkRole } from '../../src/domain/live/roles';

/** A shared prototype's room: the SHA-256 of each link's secret, never the secrets. */
export interface RoomRecord {
  id: string;
  createdAt: string;
  ownerHash: string;
  roleHashes: Record<LinkRole, string>;
}

/** One update written before the server acknowledged it. */
export interface LoggedUpdate {
  id: number;
  update: Uint8Array;
}

/**
 * Where the workshop server keeps rooms and documents. Every update is appended to a log
 * before it is applied and acknowledged, so a crash loses nothing acknowledged; the log is
 * folded into the document's stored state from time to time.
 */
export interface LiveStore {
  findRoom(id: string): Promise<RoomRecord | undefined>;
  /** Creates the room; false when one with this id already exists. */
  createRoom(room: RoomRecord): Promise<boolean>;
  setRoleHash(id: string, role: LinkRole, hash: string): Promise<void>;
  /** Forgets the room and its document. */
  deleteRoom(id: string): Promise<void>;
  /** The stored state and every update logged since. */
  loadDocument(name: string): Promise<{ state: Uint8Array | null; updates: LoggedUpdate[] }>;
  loggedUpdates(name: string): Promise<LoggedUpdate[]>;
  appendUpdate(name: string, update: Uint8Array): Promise<void>;
  /** Replaces the stored state and drops the logged updates it includes. */
  storeDocument(name: string, state: Uint8Array, includedUpdateIds: number[]): Promise<void>;
  close(): Promise<void>;
}
