import type { Migration } from '../stored/migrate';
import { SCHEMA_VERSION_FIELD, type ShapeVersioning } from '../stored/versioning';

/**
 * How the catalogue's rows are versioned (`schemaVersion`, as every stored shape): a row
 * without it was written before it and is version 1. Entries are read by the tolerant
 * `readStoredEntry`, settings rows by their kind's reader; the version says which shape a
 * row has, so that a later change can migrate it and a newer Fabrik's row is recognised.
 */
export const serviceEntryVersioning: ShapeVersioning = {
  name: 'service-entry',
  versionField: SCHEMA_VERSION_FIELD,
  migrations: [],
};

export const catalogueSettingsVersioning: ShapeVersioning = {
  name: 'service-catalogue-settings',
  versionField: SCHEMA_VERSION_FIELD,
  migrations: [
    {
      to: 2,
      description:
        'The scoring settings no longer say which building blocks are available: systems in production do (the blocks ticked are lifted into a system by the database upgrade).',
      migrate(row) {
        if (row.id !== 'scoring' || typeof row.settings !== 'object' || row.settings === null)
          return row;
        const { availableBlocks: _lifted, ...settings } = row.settings as Record<string, unknown>;
        return { ...row, settings };
      },
    } satisfies Migration,
  ],
};
