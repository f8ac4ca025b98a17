import { canonicalJson, sha256Hex } from '../bundle/hash';
import type { PublicJwk } from './schema';

/** ECDSA on the P-256 curve: supported by every browser's WebCrypto and by Node. */
export const keyAlgorithm: EcKeyImportParams = { name: 'ECDSA', namedCurve: 'P-256' };

/** A reviewer's key pair: the private half signs and cannot be read back. */
export interface SigningKeyPair {
  privateKey: CryptoKey;
  publicKey: PublicJwk;
}

/** Keeps only what identifies a public key, so that two exports of it are written the same. */
export function publicJwkOf(jwk: JsonWebKey): PublicJwk {
  if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y) {
    throw new Error('Expected the public half of an ECDSA P-256 key.');
  }
  return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
}

/**
 * Makes a reviewer's key pair. The private key is not extractable: the browser signs with
 * it but never hands its bytes out, not even to Fabrik.
 */
export async function generateSigningKeyPair(): Promise<SigningKeyPair> {
  const pair = await crypto.subtle.generateKey(keyAlgorithm, false, ['sign', 'verify']);
  return {
    privateKey: pair.privateKey,
    publicKey: publicJwkOf(await crypto.subtle.exportKey('jwk', pair.publicKey)),
  };
}

/**
 * A short fingerprint of a public key, to read out over the phone: the first 8 bytes of the
 * SHA-256 of its canonical JSON, as four groups of hexadecimal ("3F2A 9C01 77B4 E5D0").
 */
export async function fingerprintOf(key: PublicJwk): Promise<string> {
  const hex = await sha256Hex(canonicalJson({ crv: key.crv, kty: key.kty, x: key.x, y: key.y }));
  return (hex.slice(0, 16).toUpperCase().match(/.{4}/g) ?? []).join(' ');
}
