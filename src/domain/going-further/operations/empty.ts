import type { Operations } from './schema';

/** No operation and no added actor: what the first edit starts from. */
export const emptyOperations = (): Operations => ({ operations: [], actors: [] });
