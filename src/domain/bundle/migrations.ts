/**
 * One migration per older `formatVersion`, in order: the migration at index i turns a
 * bundle of version i + 1 into version i + 2. Format version 1 is the first published
 * format, so there is nothing to migrate yet; a change to the bundle's shape that an
 * older Fabrik could not read adds a migration here (and a test for it).
 */
export interface Migration {
  /** The format version this migration produces. */
  readonly to: number;
  /** What changed, for the people who read the code. */
  readonly description: string;
  migrate(bundle: Record<string, unknown>): Record<string, unknown>;
}

export const migrations: readonly Migration[] = [];

/** Throws when the migrations do not go up by one from version 2. */
export function checkMigrationSequence(list: readonly Migration[]): void {
  list.forEach((migration, index) => {
    if (migration.to !== index + 2) {
      throw new Error(
        `Migration #${index} produces version ${migration.to}, expected ${index + 2}`,
      );
    }
  });
}

/** Runs every migration from `fromVersion` up to the newest. */
export function migrateBundle(
  bundle: Record<string, unknown>,
  fromVersion: number,
  list: readonly Migration[] = migrations,
): Record<string, unknown> {
  checkMigrationSequence(list);
  return list
    .slice(fromVersion - 1)
    .reduce(
      (current, migration) => ({ ...migration.migrate(current), formatVersion: migration.to }),
      bundle,
    );
}
