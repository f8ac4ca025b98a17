import { runMigrations, type Migration } from '../stored/migrate';

export { checkMigrationSequence, type Migration } from '../stored/migrate';

/**
 * The bundle's migrations (its version is `formatVersion`). Format version 1 is the first
 * published format, so there is nothing to migrate yet.
 */
export const migrations: readonly Migration[] = [];

/** Runs every migration from `fromVersion` up to the newest. */
export function migrateBundle(
  bundle: Record<string, unknown>,
  fromVersion: number,
  list: readonly Migration[] = migrations,
): Record<string, unknown> {
  return runMigrations(bundle, fromVersion, list, 'formatVersion');
}
