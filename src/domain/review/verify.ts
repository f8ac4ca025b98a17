import { canonicalJson } from '../bundle/hash';
import { fingerprintOf } from './keys';
import { decisionsOf, signoffRoles, type Signoff, type SignoffRole } from './schema';
import { verifySignoff, type SignedBlocks } from './sign';
import { changedSteps, stepHashesOf } from './stepHashes';
import type { StepId } from '../steps';

/** Something in a file that does not match: shown loudly; such a file is never approved. */
export type TamperProblem =
  /** The content is not what the file's integrity block says it exported. */
  | { kind: 'content-changed'; expected: string; actual: string }
  /**
   * The sign-off covers other content than the file's (edited afterwards, or copied), and
   * the steps that differ, from its step hashes: null when it cannot be told (an older
   * sign-off without them, a signature that fails, or no content to compare).
   */
  | {
      kind: 'signed-other-content';
      index: number;
      signed: string;
      actual: string;
      changedSteps: StepId[] | null;
    }
  /**
   * The signature was not made by this key over this sign-off and the file's submission and
   * version blocks: one of them was edited after signing, or the sign-off was copied.
   */
  | { kind: 'bad-signature'; index: number }
  /** The public key is not a P-256 point: nothing signed with it can be checked. */
  | { kind: 'malformed-key'; index: number }
  /** The same sign-off, or the same signature, appears twice. */
  | { kind: 'duplicate'; index: number; of: number }
  /** A sign-off out of its place: the verifier signs first, the approver second, nobody after. */
  | { kind: 'wrong-position'; index: number; role: SignoffRole; expected: SignoffRole | null }
  /** The sign-off does not cover the one before it (reordered, replaced or removed). */
  | { kind: 'chain-broken'; index: number }
  /** A decision the role cannot take (a verifier "approving"). */
  | { kind: 'decision-not-allowed'; index: number; role: SignoffRole; decision: string }
  /** An approval or rejection of a prototype the verifier did not verify. */
  | { kind: 'not-verified-first'; index: number }
  /** One key signed twice: the approver must be someone other than the verifier. */
  | { kind: 'same-signer'; index: number; of: number };

export interface SignoffStatus {
  signoff: Signoff;
  /** Short fingerprint of the public key, to compare with what the reviewer says it is. */
  fingerprint: string;
  /** Whether nothing is wrong with this sign-off. */
  valid: boolean;
}

/** The result of checking a file's content hash, signatures and chain. */
export interface SignoffCheck {
  /** SHA-256 of the canonical JSON of the content actually in the file. */
  actualHash: string;
  /** Whether the content is what the file's integrity block says. */
  contentMatches: boolean;
  signoffs: SignoffStatus[];
  problems: TamperProblem[];
}

export const isIntact = (check: SignoffCheck): boolean => check.problems.length === 0;

/** Index of a problem's sign-off, or undefined for a problem of the whole file. */
export function problemIndex(problem: TamperProblem): number | undefined {
  return 'index' in problem ? problem.index : undefined;
}

function chainProblems(signoffs: readonly Signoff[], index: number): TamperProblem[] {
  const signoff = signoffs[index]!;
  const problems: TamperProblem[] = [];
  const expected = (signoffRoles[index] as SignoffRole | undefined) ?? null;
  if (signoff.role !== expected) {
    problems.push({ kind: 'wrong-position', index, role: signoff.role, expected });
  }
  if (!decisionsOf[signoff.role].includes(signoff.decision)) {
    problems.push({
      kind: 'decision-not-allowed',
      index,
      role: signoff.role,
      decision: signoff.decision,
    });
  }
  const previous = index === 0 ? null : signoffs[index - 1]!;
  if (signoff.previousSignature !== (previous?.signature ?? null)) {
    problems.push({ kind: 'chain-broken', index });
  }
  if (signoff.role === 'approver' && previous && previous.decision !== 'verified') {
    problems.push({ kind: 'not-verified-first', index });
  }
  return problems;
}

function repeatProblems(signoffs: readonly Signoff[], index: number): TamperProblem[] {
  const signoff = signoffs[index]!;
  const text = canonicalJson(signoff);
  const keyText = canonicalJson(signoff.publicKey);
  const earlier = signoffs.slice(0, index);
  const duplicate = earlier.findIndex(
    (other) => other.signature === signoff.signature || canonicalJson(other) === text,
  );
  if (duplicate >= 0) return [{ kind: 'duplicate', index, of: duplicate }];
  const sameKey = earlier.findIndex((other) => canonicalJson(other.publicKey) === keyText);
  return sameKey >= 0 ? [{ kind: 'same-signer', index, of: sameKey }] : [];
}

/**
 * Verifies a file's sign-offs against the content it carries: the content hash, each
 * signature (over the sign-off and the file's submission and version blocks), and the chain
 * (each sign-off covers the one before, in the order of the roles). Every problem is listed,
 * so the UI can say exactly what does not match.
 */
export async function checkSignoffs(
  input: SignedBlocks & {
    /** Hash of the content as it is in the file. */
    actualHash: string;
    /** The content as it is in the file, to name the steps a sign-off did not see. */
    content?: unknown;
    /** Hash the file's integrity block declares. */
    declaredHash: string;
    signoffs: readonly Signoff[];
  },
): Promise<SignoffCheck> {
  const { actualHash, declaredHash, signoffs } = input;
  const blocks: SignedBlocks = { submission: input.submission, version: input.version };
  const problems: TamperProblem[] = [];
  if (declaredHash !== actualHash) {
    problems.push({ kind: 'content-changed', expected: declaredHash, actual: actualHash });
  }
  // Hashed per step only when a sign-off covers other content: most files need not.
  const signedOther = signoffs.some((signoff) => signoff.contentHash !== actualHash);
  const actualSteps =
    signedOther && input.content !== undefined ? await stepHashesOf(input.content) : undefined;
  for (const [index, signoff] of signoffs.entries()) {
    const verdict = await verifySignoff(signoff, blocks);
    if (signoff.contentHash !== actualHash) {
      // Step hashes are only believed when the signature that covers them holds.
      const trusted = verdict === 'valid' && actualSteps;
      problems.push({
        kind: 'signed-other-content',
        index,
        signed: signoff.contentHash,
        actual: actualHash,
        changedSteps: trusted ? changedSteps(signoff.stepHashes, actualSteps) : null,
      });
    }
    if (verdict === 'malformed-key') problems.push({ kind: 'malformed-key', index });
    if (verdict === 'invalid') problems.push({ kind: 'bad-signature', index });
    problems.push(...repeatProblems(signoffs, index), ...chainProblems(signoffs, index));
  }
  const broken = new Set(problems.map(problemIndex));
  const statuses = await Promise.all(
    signoffs.map(async (signoff, index) => ({
      signoff,
      fingerprint: await fingerprintOf(signoff.publicKey),
      valid: !broken.has(index) && declaredHash === actualHash,
    })),
  );
  return { actualHash, contentMatches: declaredHash === actualHash, signoffs: statuses, problems };
}
