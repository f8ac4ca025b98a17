import { migrations } from './migrations';

/** What the `format` field of every Fabrik bundle says. */
export const BUNDLE_FORMAT = 'fabrik/prototype-bundle';

/** The format version this release writes: one more than the last migration's source. */
export const CURRENT_FORMAT_VERSION = migrations.length + 1;

/** Larger files are refused before being read: a 300-field prototype is well under 1 MB. */
export const MAX_BUNDLE_BYTES = 10 * 1024 * 1024;
