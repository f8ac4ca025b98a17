import { isKeyWarning, recogniseKey, type KeyRecognition, type KnownKey } from './keyring';
import type { Signoff } from './schema';

/**
 * What this browser knows that a file's own check cannot: sign-offs it has seen for the
 * same content that the file no longer carries (the chain cut at its end, a rejection or a
 * request for changes dropped, every sign-off removed), and how each signer's key relates to
 * the keys it knows.
 */
export interface SignoffDoubts {
  /** Sign-offs seen here for this content and absent from the file, oldest first. */
  missing: Signoff[];
  /** How each of the file's sign-offs' keys is recognised, in the file's order. */
  keys: KeyRecognition[];
}

/**
 * The sign-offs seen for this content that a round (or a file) does not carry. Only the
 * same content is compared: each submission is a round of its own, with its own chain.
 */
export function missingSignoffs(
  seen: readonly Signoff[],
  round: { contentHash: string; signoffs: readonly Signoff[] },
): Signoff[] {
  const carried = new Set(round.signoffs.map((signoff) => signoff.signature));
  const missing = new Map<string, Signoff>();
  for (const signoff of seen) {
    if (signoff.contentHash !== round.contentHash || carried.has(signoff.signature)) continue;
    missing.set(signoff.signature, signoff);
  }
  return [...missing.values()].sort((a, b) => a.at.localeCompare(b.at));
}

export function doubtsAbout(
  round: { contentHash: string; signoffs: readonly Signoff[] },
  seen: readonly Signoff[],
  known: readonly KnownKey[],
): SignoffDoubts {
  return {
    missing: missingSignoffs(seen, round),
    keys: round.signoffs.map((signoff) => recogniseKey(signoff, known)),
  };
}

/** Whether a person must see the doubts before trusting the file, or signing after it. */
export const hasDoubts = (doubts: SignoffDoubts): boolean =>
  doubts.missing.length > 0 || doubts.keys.some(isKeyWarning);
