import Dexie from 'dexie';

/**
 * The stored shapes with their schemas (zod), loaded when a row must be read in full: the
 * first page lists only rows this release wrote and needs none of them. `Dexie.waitFor`
 * keeps a transaction, an upgrade or a live query alive while the module loads.
 */
export const loadStoredShapes = () => Dexie.waitFor(import('../domain/stored/shapes'));
