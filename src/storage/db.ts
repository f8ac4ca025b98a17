import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Prototype } from '../domain/prototype/schema';
import type { KnownKey } from '../domain/review/keyring';
import type { Signoff } from '../domain/review/schema';
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
 * A sign-off this browser has seen (in a file it kept, or signed here): kept even when the
 * prototype is deleted, so that a file that later lacks it is flagged.
 */
export interface SeenSignoffRow {
  /** Hash of the content the sign-off covers: its round. */
  contentHash: string;
  /** The sign-off's signature: which sign-off it is. */
  signature: string;
  /** The prototype's id in the file (not the id of a copy kept beside it). */
  prototypeId: string;
  /** The sign-off as it was seen. */
  signoff: Signoff;
  /** When this browser first saw it, ISO 8601. */
  seenAt: string;
}

/** A reviewer's key this browser knows under one name (`KnownKey`). */
export type ReviewerKeyRow = KnownKey;

/**
 * Fabrik's IndexedDB database. Every `version(n)` ever published stays here, with an
 * `upgrade()` that reshapes older rows, so data written by any earlier release opens.
 */
export class FabrikDatabase extends Dexie {
  prototypes!: EntityTable<PrototypeRow, 'id'>;
  versions!: EntityTable<Version, 'id'>;
  signingKeys!: EntityTable<SigningKeyRow, 'id'>;
  tryouts!: EntityTable<TryoutRow, 'prototypeId'>;
  seenSignoffs!: Table<SeenSignoffRow, [string, string]>;
  reviewerKeys!: Table<ReviewerKeyRow, [string, string]>;

  constructor(name = 'fabrik') {
    super(name);
    this.version(1).stores({
      prototypes: 'id, updatedAt',
      versions: 'id, prototypeId, [prototypeId+number]',
      signingKeys: 'id',
    });
    this.version(2).stores({ tryouts: 'prototypeId' });
    // What this browser knows of reviews beyond each prototype's own record (issue 11).
    this.version(3).stores({
      seenSignoffs: '[contentHash+signature], contentHash, prototypeId',
      reviewerKeys: '[keyHash+nameKey], nameKey, keyHash',
    });
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
