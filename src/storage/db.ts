import Dexie, { type EntityTable } from 'dexie';
import type { Prototype } from '../domain/prototype/schema';
import type { TryoutRun } from '../domain/tryout/run';
import type { Version } from '../domain/versions/schema';

/** A prototype row: the prototype, plus when it was put in the bin (if it was). */
export interface PrototypeRow extends Prototype {
  /** Set when the user deletes the prototype; the row is purged after the undo delay. */
  deletedAt?: string;
}

/** A reviewer's signing key pair, made in this browser on first use. */
export interface SigningKeyRow {
  /** Always "default": one key per browser profile. */
  id: string;
  /** Non-extractable ECDSA P-256 private key: signs, never leaves the browser. */
  privateKey: CryptoKey;
  /** The public half, as a JSON Web Key, written into sign-offs. */
  publicKey: JsonWebKey;
  /** When the key was made, ISO 8601. */
  createdAt: string;
}

/** The try-out of a prototype in progress: one per prototype, kept apart from its content. */
export interface TryoutRow {
  prototypeId: string;
  /** The requester's answers, by field id. */
  answers: Record<string, unknown>;
  /** The tracking code the requester received. */
  code: string;
  /** When the request was sent, ISO 8601. */
  submittedAt: string;
  run: TryoutRun;
  /** The run before each action taken, latest last, so the last action can be taken back. */
  earlier: TryoutRun[];
  /** Which write stored the row: tells a tab its own writes from another tab's. */
  writeId?: string;
}

/**
 * Fabrik's IndexedDB database. Every `version(n)` ever published stays here, with an
 * `upgrade()` that reshapes older rows, so data written by any earlier release opens.
 */
export class FabrikDatabase extends Dexie {
  prototypes!: EntityTable<PrototypeRow, 'id'>;
  versions!: EntityTable<Version, 'id'>;
  signingKeys!: EntityTable<SigningKeyRow, 'id'>;
  tryouts!: EntityTable<TryoutRow, 'prototypeId'>;

  constructor(name = 'fabrik') {
    super(name);
    this.version(1).stores({
      prototypes: 'id, updatedAt',
      versions: 'id, prototypeId, [prototypeId+number]',
      signingKeys: 'id',
    });
    this.version(2).stores({ tryouts: 'prototypeId' });
  }
}

let database: FabrikDatabase | undefined;

/** The app's database, opened on first use. */
export function db(): FabrikDatabase {
  database ??= new FabrikDatabase();
  return database;
}

/** Points the repositories at another database (tests). */
export function useDatabase(next: FabrikDatabase): void {
  database = next;
}
