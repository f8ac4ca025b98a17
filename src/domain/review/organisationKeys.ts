import { z } from 'zod';
import { canonicalJson } from '../bundle/hash';
import { isRecord } from '../json';
import { nameKeyOf } from './keyring';
import { fingerprintOf, keyAlgorithm } from './keys';
import { publicJwkSchema } from './schema';

/** Identifies a file as an organisation's list of reviewer keys. */
export const ORGANISATION_KEYS_FORMAT = 'fabrik/reviewer-keys';
export const ORGANISATION_KEYS_VERSION = 1;
/** A list of a few hundred reviewers is a few dozen kilobytes; anything far larger is not one. */
// Compared with the text's length, which never exceeds its size in bytes.
export const MAX_ORGANISATION_KEYS_BYTES = 1_000_000;
const MAX_KEYS = 2000;

const notBlank = (text: string) => text.trim() !== '';

/** One reviewer of the organisation and their public key. */
export const organisationKeySchema = z.strictObject({
  /** The reviewer's name, as they sign. */
  name: z.string().max(200).refine(notBlank),
  /** Their public key, as a JSON Web Key. */
  publicKey: publicJwkSchema,
  /** The key's short fingerprint, when the list gives it: checked against the key. */
  fingerprint: z.string().max(40).optional(),
});

/**
 * An organisation's list of its reviewers' keys, kept by whoever the organisation trusts with
 * it and imported in each reviewer's browser: a sign-off under a listed name with another key
 * is flagged.
 */
export const organisationKeysSchema = z.strictObject({
  /** Always `fabrik/reviewer-keys`. */
  format: z.literal(ORGANISATION_KEYS_FORMAT),
  /** Version of this format. */
  formatVersion: z.literal(ORGANISATION_KEYS_VERSION),
  /** The organisation's name, shown beside the keys that came from its list. */
  organisation: z.string().max(200).refine(notBlank),
  /** When the list was last updated, ISO 8601 (informative). */
  updatedAt: z.string().max(40).optional(),
  /** Its reviewers, one entry per name and key. */
  keys: z.array(organisationKeySchema).max(MAX_KEYS),
});

export type OrganisationKeys = z.infer<typeof organisationKeysSchema>;

/** Why a file is not an organisation's list of keys: each case has its sentence in the UI. */
export type OrganisationKeysError =
  | { kind: 'too-large'; maxBytes: number }
  | { kind: 'not-json' }
  | { kind: 'wrong-format' }
  | { kind: 'newer-version'; found: number }
  | { kind: 'no-keys' }
  | { kind: 'invalid-field'; field: string }
  | { kind: 'invalid-entry'; index: number; field: string }
  | { kind: 'bad-key'; index: number; name: string }
  | { kind: 'fingerprint-mismatch'; index: number; name: string; expected: string; actual: string }
  | { kind: 'shared-key'; index: number; name: string; other: string };

export type OrganisationKeysResult =
  { ok: true; list: OrganisationKeys } | { ok: false; error: OrganisationKeysError };

const refuse = (error: OrganisationKeysError): OrganisationKeysResult => ({ ok: false, error });

/** The first schema problem, as the entry and field it is in. */
function firstProblem(error: z.ZodError): OrganisationKeysError {
  const [issue] = error.issues;
  const path = issue?.path ?? [];
  // An unknown field is named by the issue's keys, not its path.
  const unknown = issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
  if (path[0] === 'keys' && typeof path[1] === 'number') {
    return { kind: 'invalid-entry', index: path[1], field: String(path[2] ?? unknown ?? '') };
  }
  return { kind: 'invalid-field', field: String(path[0] ?? unknown ?? '') };
}

async function isP256Point(key: z.infer<typeof publicJwkSchema>): Promise<boolean> {
  try {
    await crypto.subtle.importKey('jwk', key, keyAlgorithm, true, ['verify']);
    return true;
  } catch {
    return false;
  }
}

/** Checks what the schema cannot: real keys, fingerprints that match, one name per key. */
async function keyProblem(list: OrganisationKeys): Promise<OrganisationKeysError | undefined> {
  const owners = new Map<string, string>();
  for (const [index, { name, publicKey, fingerprint }] of list.keys.entries()) {
    if (!(await isP256Point(publicKey))) return { kind: 'bad-key', index, name };
    const actual = await fingerprintOf(publicKey);
    if (fingerprint !== undefined && fingerprint.trim().toUpperCase() !== actual) {
      return { kind: 'fingerprint-mismatch', index, name, expected: fingerprint, actual };
    }
    const keyText = canonicalJson(publicKey);
    const other = owners.get(keyText);
    if (other !== undefined && nameKeyOf(other) !== nameKeyOf(name))
      return { kind: 'shared-key', index, name, other };
    owners.set(keyText, name);
  }
  return undefined;
}

/** Reads an organisation's list of reviewer keys from a file's text, never trusting it. */
export async function readOrganisationKeys(text: string): Promise<OrganisationKeysResult> {
  if (text.length > MAX_ORGANISATION_KEYS_BYTES) {
    return refuse({ kind: 'too-large', maxBytes: MAX_ORGANISATION_KEYS_BYTES });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse({ kind: 'not-json' });
  }
  if (!isRecord(raw) || raw.format !== ORGANISATION_KEYS_FORMAT) {
    return refuse({ kind: 'wrong-format' });
  }
  const version = raw.formatVersion;
  if (typeof version === 'number' && version > ORGANISATION_KEYS_VERSION) {
    return refuse({ kind: 'newer-version', found: version });
  }
  if (Array.isArray(raw.keys) && raw.keys.length === 0) return refuse({ kind: 'no-keys' });
  const parsed = organisationKeysSchema.safeParse(raw);
  if (!parsed.success) return refuse(firstProblem(parsed.error));
  const problem = await keyProblem(parsed.data);
  return problem ? refuse(problem) : { ok: true, list: parsed.data };
}
