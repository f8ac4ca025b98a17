import canonicalize from 'canonicalize';
import { signedPart } from '../steps/unsigned';

/** RFC 8785 canonical JSON: the same value always gives the same text, whatever its key order. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('This value cannot be written as JSON.');
  return text;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The `contentHash` of a bundle: SHA-256 of the canonical JSON of its prototype, without
 * what no sign-off covers (`unsignedContentKeys`).
 */
export function contentHash(prototypeContent: unknown): Promise<string> {
  return sha256Hex(canonicalJson(signedPart(prototypeContent)));
}
