import { canonicalJson, sha256Hex } from '../bundle/hash';
import { fingerprintOf } from './keys';
import type { PublicJwk } from './schema';

/**
 * How this browser came to know a reviewer's key: it first saw it in a file (trust on first
 * use), it came in the organisation's list, or the person here said it is theirs.
 */
export const keySources = ['first-use', 'organisation', 'confirmed'] as const;
export type KeySource = (typeof keySources)[number];

/** A reviewer's public key this browser knows, under one name. */
export interface KnownKey {
  /** The name as it was written (in the sign-off, or in the list). */
  name: string;
  /** The name as it is compared (`nameKeyOf`). */
  nameKey: string;
  /** The public key itself. */
  publicKey: PublicJwk;
  /** SHA-256 of the canonical JSON of the key, hexadecimal: what identifies it. */
  keyHash: string;
  /** The short fingerprint shown to people (`fingerprintOf`). */
  fingerprint: string;
  /** How this browser came to know it. */
  source: KeySource;
  /** When this browser first knew it, ISO 8601. */
  firstSeenAt: string;
  /** The organisation whose list brought it, for keys from a list. */
  organisation?: string;
}

/** Who signed a sign-off, as far as recognising their key goes. */
export interface Signer {
  name: string;
  publicKey: PublicJwk;
}

/** How a sign-off's key relates to the keys this browser knows. */
export type KeyRecognition =
  /** This key is known for this name. */
  | { kind: 'known'; key: KnownKey; outsideList: boolean }
  /** Neither this name nor this key is known: trusted on first use if the file is kept. */
  | { kind: 'new'; outsideList: boolean }
  /** Another key is known for this name: a forgery, or a new browser of that person. */
  | { kind: 'different'; known: KnownKey[] }
  /** This key is known, under other names only. */
  | { kind: 'other-name'; names: string[] };

/** A name as it is compared: composed accents, spaces collapsed, case ignored. */
export function nameKeyOf(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
}

const sameKey = (a: PublicJwk, b: PublicJwk) => canonicalJson(a) === canonicalJson(b);

/** The row this browser keeps for a signer's key. */
export async function knownKeyOf(
  signer: Signer,
  { source, at, organisation }: { source: KeySource; at: Date; organisation?: string },
): Promise<KnownKey> {
  const { crv, kty, x, y } = signer.publicKey;
  const publicKey: PublicJwk = { kty, crv, x, y };
  return {
    name: signer.name.trim(),
    nameKey: nameKeyOf(signer.name),
    publicKey,
    keyHash: await sha256Hex(canonicalJson(publicKey)),
    fingerprint: await fingerprintOf(publicKey),
    source,
    firstSeenAt: at.toISOString(),
    ...(organisation === undefined ? {} : { organisation }),
  };
}

/**
 * Recognises a signer's key. When the organisation's list names this person, only its keys
 * (and those confirmed here) count for them: a key trusted on first use does not outrank it.
 */
export function recogniseKey(signer: Signer, known: readonly KnownKey[]): KeyRecognition {
  const nameKey = nameKeyOf(signer.name);
  const hasList = known.some((key) => key.source === 'organisation');
  const forName = known.filter((key) => key.nameKey === nameKey);
  const listed = forName.some((key) => key.source === 'organisation');
  const counted = listed ? forName.filter((key) => key.source !== 'first-use') : forName;
  const match = counted.find((key) => sameKey(key.publicKey, signer.publicKey));
  if (match) return { kind: 'known', key: match, outsideList: hasList && !listed };
  if (counted.length > 0) return { kind: 'different', known: counted };
  const names = known
    .filter((key) => sameKey(key.publicKey, signer.publicKey))
    .map((key) => key.name);
  if (names.length > 0) return { kind: 'other-name', names: [...new Set(names)] };
  return { kind: 'new', outsideList: hasList };
}

/** Whether a recognition is a warning a person must see before trusting the sign-off. */
export const isKeyWarning = (recognition: KeyRecognition): boolean =>
  recognition.kind === 'different' || recognition.kind === 'other-name';

/**
 * The keys to learn from sign-offs kept here (trust on first use): only those neither known
 * nor in conflict with a known one, each name and key once.
 */
export async function newlySeenKeys(
  signers: readonly Signer[],
  known: readonly KnownKey[],
  at: Date,
): Promise<KnownKey[]> {
  const learnt: KnownKey[] = [];
  for (const signer of signers) {
    if (recogniseKey(signer, [...known, ...learnt]).kind !== 'new') continue;
    learnt.push(await knownKeyOf(signer, { source: 'first-use', at }));
  }
  return learnt;
}
