/**
 * One migration per older version of a stored shape, in order: the migration at index i
 * turns a row of version i + 1 into version i + 2. Version 1 is the first shape ever
 * stored (a row without a version field is version 1); a change to a shape that an older
 * Fabrik could not read adds a migration to that shape's list, and a fixture of the old
 * shape under tests/fixtures/stored/.
 */
export interface Migration {
  /** The version this migration produces. */
  readonly to: number;
  /** What changed, for the people who read the code. */
  readonly description: string;
  migrate(row: Record<string, unknown>): Record<string, unknown>;
}

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

/** Runs every migration from `fromVersion` up to the newest, stamping each version reached. */
export function runMigrations(
  row: Record<string, unknown>,
  fromVersion: number,
  list: readonly Migration[],
  versionField: string,
): Record<string, unknown> {
  checkMigrationSequence(list);
  return list
    .slice(fromVersion - 1)
    .reduce(
      (current, migration) => ({ ...migration.migrate(current), [versionField]: migration.to }),
      row,
    );
}
