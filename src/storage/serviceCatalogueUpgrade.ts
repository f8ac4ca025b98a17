import type { Transaction } from 'dexie';
import {
  catalogueSettingsVersioning,
  serviceEntryVersioning,
} from '../domain/service-catalogue/storedRows';
import { liftDeclaredBlocks, readSystems } from '../domain/service-catalogue/systems';
import { currentVersion } from '../domain/stored/readStored';
import { runMigrations } from '../domain/stored/migrate';
import type { ShapeVersioning } from '../domain/stored/versioning';

/** A row migrated to this release's version and stamped; a newer release's row is left alone. */
export function upgradedRow(
  versioning: ShapeVersioning,
  row: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const found = row[versioning.versionField] ?? 1;
  if (typeof found !== 'number' || !Number.isInteger(found) || found < 1) return undefined;
  if (found > currentVersion(versioning)) return undefined;
  return {
    ...runMigrations(row, found, versioning.migrations, versioning.versionField),
    [versioning.versionField]: currentVersion(versioning),
  };
}

/**
 * Database version 6: the blocks once ticked as available in the scoring settings become a
 * system in production (the catalogue of systems now says what is available), then every
 * catalogue row is migrated and stamped with its version.
 */
export async function upgradeServiceCatalogue(transaction: Transaction): Promise<void> {
  const settings = transaction.table('serviceCatalogueSettings');
  const scoring = (await settings.get('scoring')) as Record<string, unknown> | undefined;
  const systemsRow = (await settings.get('systems')) as Record<string, unknown> | undefined;
  if (scoring && (systemsRow?.[catalogueSettingsVersioning.versionField] ?? 1) === 1) {
    const systems = readSystems(systemsRow?.systems);
    const lifted = liftDeclaredBlocks(scoring.settings, systems);
    if (lifted.length !== systems.length || lifted.some((system, i) => system !== systems[i])) {
      await settings.put({ ...systemsRow, id: 'systems', systems: lifted });
    }
  }
  const stamp =
    (versioning: ShapeVersioning) => (row: Record<string, unknown>, ref: { value: unknown }) => {
      const upgraded = upgradedRow(versioning, row);
      if (upgraded) ref.value = upgraded;
    };
  await settings.toCollection().modify(stamp(catalogueSettingsVersioning));
  await transaction.table('serviceEntries').toCollection().modify(stamp(serviceEntryVersioning));
}
