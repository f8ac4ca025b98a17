import type { Transaction } from 'dexie';
import { currentVersion, readStored, type StoredShape } from '../domain/stored/readStored';

type Versioned = Pick<StoredShape<unknown>, 'versionField' | 'migrations'>;

/** A row as written by this release: its value, with its shape's version. */
export function stamped<T extends object>(shape: Versioned, value: T): T {
  return { ...value, [shape.versionField]: currentVersion(shape) };
}

/**
 * Whether a stored row was written (or upgraded) by this release's shape. Rows that could
 * not be read keep their older (or newer) version: a write to one of them is refused.
 */
export function isCurrent(shape: Versioned, row: unknown): boolean {
  const version = (row as Record<string, unknown> | undefined)?.[shape.versionField];
  return version === currentVersion(shape);
}

/**
 * A database upgrade: every row of `table` goes through the shape's migrate → validate →
 * repair path and is stored stamped with the newest version. A row that cannot be read is
 * left exactly as it was, to be shown aside with its raw content.
 */
export function upgradeTable<T extends object>(
  transaction: Transaction,
  table: string,
  shape: StoredShape<T>,
): Promise<number> {
  return transaction
    .table(table)
    .toCollection()
    .modify((row: unknown, ref: { value: unknown }) => {
      const read = readStored(shape, row);
      if (read.ok) ref.value = stamped(shape, read.value);
    });
}
