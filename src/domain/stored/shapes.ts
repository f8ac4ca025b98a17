import { z } from 'zod';
import { bundleSchema, type Bundle } from '../bundle/schema';
import { migrations as bundleMigrations } from '../bundle/migrations';
import { repairContent } from '../bundle/repairs';
import { prototypeSchema, type Prototype, type PrototypeContent } from '../prototype/schema';
import { keySources, type KnownKey } from '../review/keyring';
import { publicJwkSchema, signoffSchema } from '../review/schema';
import { tryoutRowSchema, type TryoutRow } from '../tryout/row';
import { versionSchema, type Version } from '../versions/schema';
import type { Migration } from './migrate';
import type { StoredShape } from './readStored';
import { journalVersioning, prototypeRowVersioning, SCHEMA_VERSION_FIELD } from './versioning';

export { SCHEMA_VERSION_FIELD } from './versioning';

/** Repairs the content a stored value holds, wherever it sits in it. */
function repairing<T>(
  get: (value: T) => PrototypeContent,
  set: (value: T, c: PrototypeContent) => T,
) {
  return (value: T) => {
    const { content, repairs } = repairContent(get(value));
    return { value: repairs.length === 0 ? value : set(value, content), repairs };
  };
}

const shape = <T>(
  name: string,
  schema: z.ZodType<T>,
  extra: Partial<Pick<StoredShape<T>, 'repair' | 'versionField'>> & {
    migrations?: readonly Migration[];
  } = {},
): StoredShape<T> => ({
  name,
  versionField: extra.versionField ?? SCHEMA_VERSION_FIELD,
  migrations: extra.migrations ?? [],
  schema,
  ...(extra.repair ? { repair: extra.repair } : {}),
});

/** A prototype row: the prototype, plus when it was put in the bin (if it was). */
export const prototypeRowSchema = prototypeSchema.extend({ deletedAt: z.string().optional() });
export type StoredPrototype = Prototype & { deletedAt?: string };

export const prototypeRowShape: StoredShape<StoredPrototype> = {
  ...prototypeRowVersioning,
  schema: prototypeRowSchema,
  repair: repairing(
    (row) => row,
    (row, content) => ({ ...row, ...content }),
  ),
};

export const versionShape = shape<Version>('version', versionSchema, {
  repair: repairing(
    (version) => version.content,
    (version, content) => ({ ...version, content }),
  ),
});

/** The last unsaved state of an open prototype, kept in localStorage when the tab closed. */
export const journalEntrySchema = z.object({
  /** The stored revision the unsaved changes were made on. */
  baseRevision: z.number().int().nonnegative(),
  /** The prototype as it was on screen. */
  prototype: prototypeSchema,
  /** The write this tab had under way when it closed. */
  writing: z.object({ revision: z.number().int(), updatedAt: z.string() }).optional(),
  /** The tab that wrote it: while that tab is open, its changes are its own to store. */
  tab: z.string().optional(),
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

export const journalShape: StoredShape<JournalEntry> = {
  ...journalVersioning,
  schema: journalEntrySchema,
  repair: repairing(
    (entry) => entry.prototype,
    (entry, content) => ({ ...entry, prototype: { ...entry.prototype, ...content } }),
  ),
};

export const tryoutShape = shape<TryoutRow>('tryout', tryoutRowSchema);

const knownKeySchema = z.object({
  name: z.string(),
  nameKey: z.string(),
  publicKey: publicJwkSchema,
  keyHash: z.string().min(1),
  fingerprint: z.string(),
  source: z.enum(keySources),
  firstSeenAt: z.string(),
  organisation: z.string().optional(),
});
export const reviewerKeyShape = shape<KnownKey>('reviewer-key', knownKeySchema);

/** A sign-off this browser has seen, kept even when its prototype is deleted. */
export const seenSignoffSchema = z.object({
  contentHash: z.string().min(1),
  signature: z.string().min(1),
  prototypeId: z.string().min(1),
  signoff: signoffSchema,
  seenAt: z.string(),
});
export type SeenSignoffRow = z.infer<typeof seenSignoffSchema>;
export const seenSignoffShape = shape<SeenSignoffRow>('seen-signoff', seenSignoffSchema);

/** This browser's signing key: the private half is a CryptoKey, checked only for presence. */
export const signingKeySchema = z.object({
  id: z.string().min(1),
  privateKey: z.custom<CryptoKey>((value) => typeof value === 'object' && value !== null),
  publicKey: z.custom<JsonWebKey>((value) => typeof value === 'object' && value !== null),
  createdAt: z.string(),
});
export type SigningKeyRow = z.infer<typeof signingKeySchema>;
export const signingKeyShape = shape<SigningKeyRow>('signing-key', signingKeySchema);

/** The export file: its version is `formatVersion`, and its content is repaired on import. */
export const bundleShape = shape<Bundle>('bundle', bundleSchema, {
  versionField: 'formatVersion',
  migrations: bundleMigrations,
  repair: repairing(
    (bundle) => bundle.prototype,
    (bundle, content) => ({ ...bundle, prototype: content }),
  ),
});
