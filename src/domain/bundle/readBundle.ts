import type { z } from 'zod';
import { BUNDLE_FORMAT, CURRENT_FORMAT_VERSION, MAX_BUNDLE_BYTES } from './format';
import { contentHash } from './hash';
import { describePath, isRecord } from '../json';
import { migrateBundle } from './migrations';
import { repairContent } from './repairs';
import { bundleSchema, type Bundle } from './schema';
import type { BundleReadError, BundleRepair, SchemaProblem } from './readErrors';
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

export function schemaProblems(error: z.ZodError): SchemaProblem[] {
  return error.issues.map((issue) => ({ path: describePath(issue.path), message: issue.message }));
}

/**
 * The import pipeline: size → JSON → envelope → version → sign-offs' shape → integrity →
 * migrate → validate → verify the sign-offs → repair. Never trusts the file; returns the
 * first problem that makes it unreadable. Content that no longer matches its hash is
 * refused, unless the file carries sign-offs: then it is read, and the check says loudly
 * what does not match, so the reviewers can see what was changed (it is never approvable).
 */
export async function readBundle(text: string): Promise<BundleReadResult> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_BUNDLE_BYTES)
    return fail({ kind: 'too-large', bytes, maxBytes: MAX_BUNDLE_BYTES });
  if (text.trim() === '') return fail({ kind: 'empty' });

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return fail({
      kind: 'not-json',
      detail: error instanceof Error ? error.message : String(error),
    });
  }

  if (!isRecord(raw) || raw.format !== BUNDLE_FORMAT) {
    const found = isRecord(raw) && typeof raw.format === 'string' ? raw.format : '';
    return fail({ kind: 'wrong-format', found });
  }
  const version = raw.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ kind: 'missing-version' });
  }
  if (version > CURRENT_FORMAT_VERSION) {
    return fail({ kind: 'newer-version', found: version, supported: CURRENT_FORMAT_VERSION });
  }
  if ('signoffs' in raw) {
    const problems = signoffShapeProblems(raw.signoffs);
    if (problems.length > 0) return fail({ kind: 'invalid-signoffs', problems });
  }

  // The hash and the signatures cover the file as it was written: checked before migrating.
  const integrity = raw.integrity;
  if (!isRecord(integrity) || typeof integrity.contentHash !== 'string' || !('prototype' in raw)) {
    const parsed = bundleSchema.safeParse(raw);
    return fail({ kind: 'invalid', problems: parsed.success ? [] : schemaProblems(parsed.error) });
  }
  const actual = await contentHash(raw.prototype);
  const signoffs = Array.isArray(raw.signoffs) ? (raw.signoffs as Signoff[]) : [];
  if (actual !== integrity.contentHash && signoffs.length === 0) {
    return fail({ kind: 'hash-mismatch', expected: integrity.contentHash, actual });
  }

  const parsed = bundleSchema.safeParse(migrateBundle(raw, version));
  if (!parsed.success) return fail({ kind: 'invalid', problems: schemaProblems(parsed.error) });

  // The signatures also cover the submission and version blocks as written in the file.
  const check = await checkSignoffs({
    actualHash: actual,
    content: raw.prototype,
    declaredHash: integrity.contentHash,
    signoffs,
    submission: raw.submission as Bundle['submission'],
    version: raw.version as Bundle['version'],
  });
  const { content, repairs } = repairContent(parsed.data.prototype);
  return { ok: true, bundle: { ...parsed.data, prototype: content }, repairs, check };
}
