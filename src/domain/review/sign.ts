import { canonicalJson } from '../bundle/hash';
import { fromBase64url, toBase64url } from './base64url';
import { keyAlgorithm, type SigningKeyPair } from './keys';
import type { BundleVersion, Signoff, Submission, UnsignedSignoff } from './schema';
import type { StepHashes } from './stepHashes';

const signatureAlgorithm: EcdsaParams = { name: 'ECDSA', hash: 'SHA-256' };

/**
 * The blocks of the file a sign-off's signature covers besides the sign-off itself: the
 * referent's submission (who, when, what they declared) and the version the file carries.
 * Neither is in the content hash, so without this they could be edited after a sign-off.
 */
export interface SignedBlocks {
  submission?: Submission;
  version?: BundleVersion;
}

/**
 * What a sign-off's signature covers: the RFC 8785 canonical JSON of the sign-off without
 * its signature, together with the file's submission and version blocks (null when absent)
 * as they were when it was signed.
 */
export function signedText(signoff: UnsignedSignoff | Signoff, blocks: SignedBlocks): string {
  const { signature: _signature, ...unsigned } = signoff as Signoff;
  return canonicalJson({
    signoff: unsigned,
    submission: blocks.submission ?? null,
    version: blocks.version ?? null,
  });
}

const encode = (text: string) => new TextEncoder().encode(text);

export async function signSignoff(
  unsigned: UnsignedSignoff,
  blocks: SignedBlocks,
  privateKey: CryptoKey,
): Promise<Signoff> {
  const signature = await crypto.subtle.sign(
    signatureAlgorithm,
    privateKey,
    encode(signedText(unsigned, blocks)),
  );
  return { ...unsigned, signature: toBase64url(signature) };
}

export type SignatureVerdict = 'valid' | 'invalid' | 'malformed-key';

/**
 * Whether a sign-off's signature was made by the key it carries, over exactly what it says
 * and the file's submission and version blocks as they are now.
 */
export async function verifySignoff(
  signoff: Signoff,
  blocks: SignedBlocks,
): Promise<SignatureVerdict> {
  let key: CryptoKey;
  try {
    key = await crypto.subtle.importKey('jwk', signoff.publicKey, keyAlgorithm, true, ['verify']);
  } catch {
    return 'malformed-key';
  }
  const signature = fromBase64url(signoff.signature);
  // A P-256 signature is r and s, 32 bytes each; anything else cannot be one.
  if (!signature || signature.length !== 64) return 'invalid';
  try {
    const valid = await crypto.subtle.verify(
      signatureAlgorithm,
      key,
      signature,
      encode(signedText(signoff, blocks)),
    );
    return valid ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}

/** What a reviewer decides; the rest of the sign-off comes from the file and their key. */
export interface Decision {
  role: Signoff['role'];
  name: string;
  decision: Signoff['decision'];
  comment: string;
  comments: Signoff['comments'];
}

/**
 * Signs a decision on the content of hash `contentHash`, after the sign-offs already there:
 * the new sign-off covers the last one's signature, so the chain cannot be reordered. The
 * signature also covers each step's hash of that content (so a later change names its
 * steps) and the file's submission and version blocks, which must then travel unchanged
 * with the sign-off.
 */
export function createSignoff(
  decision: Decision,
  context: SignedBlocks & {
    contentHash: string;
    stepHashes: StepHashes;
    previous: readonly Signoff[];
    key: SigningKeyPair;
    at: Date;
  },
): Promise<Signoff> {
  return signSignoff(
    {
      role: decision.role,
      name: decision.name.trim(),
      decision: decision.decision,
      comment: decision.comment,
      comments: decision.comments,
      at: context.at.toISOString(),
      contentHash: context.contentHash,
      stepHashes: context.stepHashes,
      previousSignature: context.previous.at(-1)?.signature ?? null,
      publicKey: context.key.publicKey,
    },
    { submission: context.submission, version: context.version },
    context.key.privateKey,
  );
}
