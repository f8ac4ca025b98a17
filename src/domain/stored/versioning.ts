import type { Migration } from './migrate';

/**
 * How a stored shape is versioned, apart from its schema: what stamping a row and telling
 * whether it is current need. Kept free of zod so that the catalogue, which only lists rows
 * this release wrote, loads no schema (`shapes.ts` adds them, on demand).
 */
export interface ShapeVersioning {
  /** Which shape, for messages and tests. */
  readonly name: string;
  /** The field holding the shape's version; a row without it is version 1. */
  readonly versionField: string;
  readonly migrations: readonly Migration[];
}

/** Every stored shape but the bundle keeps its version here; none had it before (= 1). */
export const SCHEMA_VERSION_FIELD = 'schemaVersion';

const versioning = (name: string): ShapeVersioning => ({
  name,
  versionField: SCHEMA_VERSION_FIELD,
  migrations: [],
});

export const prototypeRowVersioning = versioning('prototype');
export const journalVersioning = versioning('journal');
