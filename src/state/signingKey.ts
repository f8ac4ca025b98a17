import { generateSigningKeyPair, publicJwkOf, type SigningKeyPair } from '../domain/review/keys';
import type { PublicJwk } from '../domain/review/schema';
import { loadSigningKey, storeSigningKey } from '../storage/signingKeyRepository';

/** This browser's public key, if it ever signed; nothing is made by asking. */
export async function myPublicKey(): Promise<PublicJwk | undefined> {
  const row = await loadSigningKey();
  return row ? publicJwkOf(row.publicKey) : undefined;
}

/**
 * This browser's signing key, made on first use. The private key is non-extractable and
 * stays in IndexedDB: clearing the browser's data loses it, and the next decision is
 * signed with a new key (with a new fingerprint).
 */
export async function mySigningKey(): Promise<SigningKeyPair> {
  const row = (await loadSigningKey()) ?? (await storeNewKey());
  return { privateKey: row.privateKey, publicKey: publicJwkOf(row.publicKey) };
}

async function storeNewKey() {
  const pair = await generateSigningKeyPair();
  return storeSigningKey({ ...pair, createdAt: new Date().toISOString() });
}
