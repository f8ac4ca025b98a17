import { checkEnvelope, parseBundleText } from './guard';
import { contentHash } from './hash';
import { isRecord } from '../json';
import { readStored } from '../stored/readStored';
import { bundleShape } from '../stored/shapes';
import { bundleSchema, type Bundle } from './schema';
import type { BundleReadError, BundleRepair } from './readErrors';
import { schemaProblems } from './schemaProblems';
import { signoffShapeProblems } from '../review/shape';
import type { Signoff } from '../review/schema';
import { checkSignoffs, type SignoffCheck } from '../review/verify';

export type BundleReadResult =
  | {
      ok: true;
      bundle: Bundle;
      repairs: BundleRepair[];
      /** The content hash, signatures and chain: a file with problems opens read-only. */
      check: SignoffCheck;
    }
  | { ok: false; error: BundleReadError };

const fail = (error: BundleReadError): BundleReadResult => ({ ok: false, error });

/**
 * The import pipeline: size → bounds → JSON → envelope → version → unsafe values (guard.ts)
 * → sign-offs' shape → integrity → migrate → validate → verify the sign-offs → repair.
 * Never trusts the file; returns the first problem that makes it unreadable. Content that
 * no longer matches its hash is refused, unless the file carries sign-offs: then it is read,
 * and the check says loudly what does not match, so the reviewers can see what was changed
 * (it is never approvable).
 */
export async function readBundle(text: string): Promise<BundleReadResult> {
  const read = parseBundleText(text);
  if (!read.ok) return read;
  const envelope = checkEnvelope(read.raw);
  if (!envelope.ok) return envelope;
  const { raw } = envelope;
  if ('signoffs' in raw) {
    const problems = signoffShapeProblems(raw.signoffs);
    if (problems.length > 0) return fail({ kind: 'invalid-signoffs', problems });
  }

  // The hash and the signatures cover the file as it was written: checked before migrating.
  const integrity = raw.integrity;
  if (!isRecord(integrity) || typeof integrity.contentHash !== 'string' || !('prototype' in raw)) {
    const parsed = bundleSchema.safeParse(raw);
    return fail({
      kind: 'invalid',
      problems: parsed.success ? [] : schemaProblems(parsed.error, raw),
    });
  }
  const actual = await contentHash(raw.prototype);
  const signoffs = Array.isArray(raw.signoffs) ? (raw.signoffs as Signoff[]) : [];
  if (actual !== integrity.contentHash && signoffs.length === 0) {
    return fail({ kind: 'hash-mismatch', expected: integrity.contentHash, actual });
  }

  // The same migrate → validate → repair path as every row this browser stores.
  const stored = readStored(bundleShape, raw);
  if (!stored.ok) {
    const { problem } = stored;
    return fail({
      kind: 'invalid',
      problems: problem.kind === 'invalid' ? schemaProblems(problem.error, problem.migrated) : [],
    });
  }

  // The signatures also cover the submission and version blocks as written in the file.
  const check = await checkSignoffs({
    actualHash: actual,
    content: raw.prototype,
    declaredHash: integrity.contentHash,
    signoffs,
    submission: raw.submission as Bundle['submission'],
    version: raw.version as Bundle['version'],
  });
  return { ok: true, bundle: stored.value, repairs: stored.repairs, check };
}
