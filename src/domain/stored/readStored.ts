import type { z } from 'zod';
import { isRecord } from '../json';
import type { BundleRepair } from '../bundle/readErrors';
import { runMigrations, type Migration } from './migrate';

/** A stored shape: how it is versioned, migrated, validated and repaired. */
export interface StoredShape<T> {
  /** Which shape, for messages and tests. */
  readonly name: string;
  /** The field holding the shape's version; a row without it is version 1. */
  readonly versionField: string;
  readonly migrations: readonly Migration[];
  /** What a row of the newest version must be. */
  readonly schema: z.ZodType<T>;
  /** Fixes what validation lets through but the app cannot use (duplicate ids…). */
  readonly repair?: (value: T) => { value: T; repairs: BundleRepair[] };
}

/** The version this release writes: one more than the last migration's source. */
export const currentVersion = (shape: Pick<StoredShape<unknown>, 'migrations'>): number =>
  shape.migrations.length + 1;

/** Why a stored row cannot be read: it is then kept as it is, never overwritten. */
export type Unreadable =
  | { kind: 'not-an-object' }
  | { kind: 'bad-version'; found: unknown }
  /** Written by a newer Fabrik: this one does not know its shape. */
  | { kind: 'newer-version'; found: number; supported: number }
  | { kind: 'migration-failed' }
  | { kind: 'invalid'; error: z.ZodError; migrated: Record<string, unknown> };

export type StoredRead<T> =
  | { ok: true; value: T; repairs: BundleRepair[]; fromVersion: number }
  | { ok: false; problem: Unreadable };

function versionOf(row: Record<string, unknown>, field: string): number | undefined {
  const found = row[field] ?? 1;
  return typeof found === 'number' && Number.isInteger(found) && found >= 1 ? found : undefined;
}

/**
 * The one path every stored or received row goes through before the app uses it:
 * migrate (from its version to the newest) → validate (the newest schema) → repair.
 * Pure: the row given is never changed, whatever happens.
 */
export function readStored<T>(shape: StoredShape<T>, raw: unknown): StoredRead<T> {
  if (!isRecord(raw)) return { ok: false, problem: { kind: 'not-an-object' } };
  const fromVersion = versionOf(raw, shape.versionField);
  if (fromVersion === undefined) {
    return { ok: false, problem: { kind: 'bad-version', found: raw[shape.versionField] } };
  }
  const supported = currentVersion(shape);
  if (fromVersion > supported) {
    return { ok: false, problem: { kind: 'newer-version', found: fromVersion, supported } };
  }
  let migrated: Record<string, unknown>;
  try {
    migrated = runMigrations(raw, fromVersion, shape.migrations, shape.versionField);
  } catch {
    return { ok: false, problem: { kind: 'migration-failed' } };
  }
  const parsed = shape.schema.safeParse(migrated);
  if (!parsed.success) {
    return { ok: false, problem: { kind: 'invalid', error: parsed.error, migrated } };
  }
  const repaired = shape.repair?.(parsed.data) ?? { value: parsed.data, repairs: [] };
  return { ok: true, value: repaired.value, repairs: repaired.repairs, fromVersion };
}
