import { bundleToText, writeBundle } from '../../../src/domain/bundle/writeBundle';
import { createPrototype } from '../../../src/domain/prototype/create';
import { setPurposeItem } from '../../../src/domain/purpose/commands';
import type { Bundle } from '../../../src/domain/bundle/schema';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { generateSigningKeyPair, type SigningKeyPair } from '../../../src/domain/review/keys';
import { createSignoff, type Decision } from '../../../src/domain/review/sign';
import { stepHashesOf } from '../../../src/domain/review/stepHashes';

export const now = new Date('2026-11-23T09:00:00.000Z');

const prototypes = new Map<string, Prototype>();
/** One prototype per name, the same on every call (defaults draw random ids). */
export function samplePrototype(name = 'Carte de stationnement résident'): Prototype {
  if (!prototypes.has(name)) {
    // An id as Fabrik's are: letters, digits and dashes only (imports refuse any other).
    const created = createPrototype(name, now, `id-${name.replace(/[^A-Za-z0-9]+/g, '-')}`);
    const purpose = setPurposeItem({ item: 'statement', value: 'Stationner près de chez soi' });
    prototypes.set(name, purpose.apply(created));
  }
  return prototypes.get(name)!;
}

/** A bundle as the referent sends it, parsed back from its text like a received file. */
export async function submittedBundle(name?: string): Promise<Bundle> {
  const bundle = await writeBundle(samplePrototype(name), {
    now,
    appVersion: '0.1.0',
    version: { id: 'v1', number: 1, name: 'Soumission', createdAt: now.toISOString() },
    submission: { by: 'Awa', at: now.toISOString(), declarations: ['teamSawFinal'] },
  });
  return JSON.parse(bundleToText(bundle)) as Bundle;
}

const keys = new Map<string, Promise<SigningKeyPair>>();
/** One key per reviewer name, made once per test run (generation is the slow part). */
export function keyOf(name: string): Promise<SigningKeyPair> {
  if (!keys.has(name)) keys.set(name, generateSigningKeyPair());
  return keys.get(name)!;
}

/**
 * The bundle with one more sign-off, signed on the content hash the bundle declares, with
 * the key of `keyName` (the signer's own name unless someone else signs in their name).
 */
export async function signed(
  bundle: Bundle,
  {
    keyName,
    ...decision
  }: Omit<Decision, 'comment' | 'comments'> & Partial<Decision> & { keyName?: string },
): Promise<Bundle> {
  const signoff = await createSignoff(
    { comment: '', comments: [], ...decision },
    {
      contentHash: bundle.integrity.contentHash,
      stepHashes: await stepHashesOf(bundle.prototype),
      previous: bundle.signoffs,
      submission: bundle.submission,
      version: bundle.version,
      key: await keyOf(keyName ?? decision.name),
      at: now,
    },
  );
  return { ...bundle, signoffs: [...bundle.signoffs, signoff] };
}

/** Submitted, verified by Bruno, approved by Chloé. */
export async function approvedBundle(name?: string): Promise<Bundle> {
  const verified = await signed(await submittedBundle(name), {
    role: 'verifier',
    name: 'Bruno',
    decision: 'verified',
  });
  return signed(verified, { role: 'approver', name: 'Chloé', decision: 'approved' });
}
