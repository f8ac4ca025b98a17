import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/domain/bundle/schema';
import { contentHash } from '../../../src/domain/bundle/hash';
import { readBundle } from '../../../src/domain/bundle/readBundle';
import { bundleToText } from '../../../src/domain/bundle/writeBundle';
import type { TamperProblem } from '../../../src/domain/review/verify';
import { approvedBundle, signed, submittedBundle } from './support';

/** Imports a file as text, as a reviewer would, and returns what the check found. */
async function problemsOf(bundle: unknown): Promise<TamperProblem[]> {
  const text = typeof bundle === 'string' ? bundle : JSON.stringify(bundle);
  const result = await readBundle(text);
  if (!result.ok) throw new Error(`refused: ${result.error.kind}`);
  return result.check.problems;
}

const kinds = (problems: TamperProblem[]) => problems.map((problem) => problem.kind);

describe('tamper evidence on import', () => {
  it('reads an intact approved file with no problem', async () => {
    const result = await readBundle(bundleToText(await approvedBundle()));
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.check.problems).toEqual([]);
    expect(result.check.signoffs.every((status) => status.valid)).toBe(true);
    expect(result.bundle.signoffs).toHaveLength(2);
  });

  it('flags content edited after the sign-offs (one character), still reading the file', async () => {
    const text = bundleToText(await approvedBundle());
    const edited = text.replace('Stationner près de chez soi', 'Stationner prés de chez soi');
    expect(edited).not.toBe(text);
    const result = await readBundle(edited);
    if (!result.ok) throw new Error(result.error.kind);
    expect(kinds(result.check.problems)).toEqual([
      'content-changed',
      'signed-other-content',
      'signed-other-content',
    ]);
    expect(result.check.contentMatches).toBe(false);
    expect(result.check.signoffs.map((status) => status.valid)).toEqual([false, false]);
    expect(result.bundle.prototype.purpose.statement).toBe('Stationner prés de chez soi');
  });

  it('flags edited content even when the integrity hash was recomputed to match', async () => {
    const bundle = await approvedBundle();
    const prototype = { ...bundle.prototype, name: 'Autre démarche' };
    const rehashed = {
      ...bundle,
      prototype,
      integrity: { ...bundle.integrity, contentHash: await contentHash(prototype) },
    };
    const problems = await problemsOf(rehashed);
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'signed-other-content', index: 0 }),
      expect.objectContaining({ kind: 'signed-other-content', index: 1 }),
    ]);
  });

  it('flags a sign-off edited after signing', async () => {
    const bundle = await signed(await submittedBundle(), {
      role: 'verifier',
      name: 'Bruno',
      decision: 'changes-requested',
    });
    const [signoff] = bundle.signoffs;
    const edited = { ...bundle, signoffs: [{ ...signoff!, decision: 'verified' as const }] };
    expect(await problemsOf(edited)).toEqual([{ kind: 'bad-signature', index: 0 }]);
    const recommented = { ...bundle, signoffs: [{ ...signoff!, comment: 'Parfait.' }] };
    expect(await problemsOf(recommented)).toEqual([{ kind: 'bad-signature', index: 0 }]);
  });

  it('flags the referent’s declarations, name or date edited after the sign-offs', async () => {
    const bundle = await approvedBundle();
    const submission = bundle.submission!;
    const edits = [
      { ...submission, declarations: [...submission.declarations, 'personalDataNecessary'] },
      { ...submission, declarations: [] },
      { ...submission, by: 'Quelqu’un d’autre' },
      { ...submission, at: '2026-11-01T09:00:00.000Z' },
    ];
    for (const edited of edits) {
      expect(await problemsOf({ ...bundle, submission: edited })).toEqual([
        { kind: 'bad-signature', index: 0 },
        { kind: 'bad-signature', index: 1 },
      ]);
    }
  });

  it('flags the submission block removed, or added to a file signed without one', async () => {
    const bundle = await approvedBundle();
    const { submission, ...withoutSubmission } = bundle;
    expect(kinds(await problemsOf(withoutSubmission))).toEqual(['bad-signature', 'bad-signature']);
    const unsubmitted = await signed(
      { ...withoutSubmission, signoffs: [] },
      {
        role: 'verifier',
        name: 'Bruno',
        decision: 'verified',
      },
    );
    expect(await problemsOf(unsubmitted)).toEqual([]);
    expect(await problemsOf({ ...unsubmitted, submission })).toEqual([
      { kind: 'bad-signature', index: 0 },
    ]);
  });

  it('flags the version block edited or removed after the sign-offs', async () => {
    const bundle = await approvedBundle();
    const version = bundle.version!;
    for (const edited of [
      { ...version, number: 2 },
      { ...version, name: 'Version finale' },
      { ...version, id: 'v2' },
    ]) {
      expect(kinds(await problemsOf({ ...bundle, version: edited }))).toEqual([
        'bad-signature',
        'bad-signature',
      ]);
    }
    const { version: _version, ...withoutVersion } = bundle;
    expect(kinds(await problemsOf(withoutVersion))).toEqual(['bad-signature', 'bad-signature']);
  });

  it('flags only the approver’s sign-off when the blocks were edited between the two', async () => {
    const verified = await signed(await submittedBundle(), {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
    });
    const rewritten = { ...verified, submission: { ...verified.submission!, by: 'Awa D.' } };
    const approved = await signed(rewritten, {
      role: 'approver',
      name: 'Chloé',
      decision: 'approved',
    });
    expect(await problemsOf(approved)).toEqual([{ kind: 'bad-signature', index: 0 }]);
  });

  it('reads the blocks of an intact file byte for byte as they were signed', async () => {
    const bundle = await approvedBundle();
    const result = await readBundle(bundleToText(bundle));
    if (!result.ok) throw new Error(result.error.kind);
    expect(result.check.problems).toEqual([]);
    expect(result.bundle.submission).toEqual(bundle.submission);
    expect(result.bundle.version).toEqual(bundle.version);
    const again = await readBundle(bundleToText(result.bundle));
    if (!again.ok) throw new Error(again.error.kind);
    expect(again.check.problems).toEqual([]);
  });

  it('flags sign-offs reordered', async () => {
    const bundle = await approvedBundle();
    const reordered = { ...bundle, signoffs: [...bundle.signoffs].reverse() };
    const problems = await problemsOf(reordered);
    expect(problems).toContainEqual({
      kind: 'wrong-position',
      index: 0,
      role: 'approver',
      expected: 'verifier',
    });
    expect(problems).toContainEqual({ kind: 'chain-broken', index: 0 });
    expect(problems).toContainEqual({ kind: 'chain-broken', index: 1 });
  });

  it('flags the verifier’s sign-off removed from under the approver’s', async () => {
    const bundle = await approvedBundle();
    const problems = await problemsOf({ ...bundle, signoffs: bundle.signoffs.slice(1) });
    expect(problems).toContainEqual({ kind: 'chain-broken', index: 0 });
    expect(kinds(problems)).toContain('wrong-position');
  });

  it('flags a signature copied from another file', async () => {
    const bundle = await signed(await submittedBundle(), {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
    });
    const other = await signed(await submittedBundle('Autre démarche'), {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
    });
    const copied = {
      ...bundle,
      signoffs: [{ ...bundle.signoffs[0]!, signature: other.signoffs[0]!.signature }],
    };
    expect(await problemsOf(copied)).toEqual([{ kind: 'bad-signature', index: 0 }]);
  });

  it('flags a whole sign-off copied from another file', async () => {
    const bundle = await submittedBundle();
    const other = await signed(await submittedBundle('Autre démarche'), {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
    });
    const problems = await problemsOf({ ...bundle, signoffs: other.signoffs });
    expect(problems).toEqual([expect.objectContaining({ kind: 'signed-other-content', index: 0 })]);
  });

  it('flags a signature made with a malformed key', async () => {
    const bundle = await signed(await submittedBundle(), {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
    });
    const [signoff] = bundle.signoffs;
    const malformed = {
      ...bundle,
      signoffs: [{ ...signoff!, publicKey: { ...signoff!.publicKey, x: 'AAAA' } }],
    };
    expect(await problemsOf(malformed)).toEqual([{ kind: 'malformed-key', index: 0 }]);
  });

  it('flags a duplicated sign-off', async () => {
    const bundle = await signed(await submittedBundle(), {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
    });
    const problems = await problemsOf({
      ...bundle,
      signoffs: [bundle.signoffs[0], bundle.signoffs[0]],
    });
    expect(problems).toContainEqual({ kind: 'duplicate', index: 1, of: 0 });
  });

  it('flags a decision the role cannot take, and an approval of what was not verified', async () => {
    const verifierApproves = await signed(await submittedBundle(), {
      role: 'verifier',
      name: 'Bruno',
      decision: 'approved',
    });
    expect(await problemsOf(verifierApproves)).toEqual([
      { kind: 'decision-not-allowed', index: 0, role: 'verifier', decision: 'approved' },
    ]);
    const changes = await signed(await submittedBundle(), {
      role: 'verifier',
      name: 'Bruno',
      decision: 'changes-requested',
    });
    const approvedAnyway = await signed(changes, {
      role: 'approver',
      name: 'Chloé',
      decision: 'approved',
    });
    expect(await problemsOf(approvedAnyway)).toEqual([{ kind: 'not-verified-first', index: 1 }]);
  });

  it('flags the same key signing as verifier and approver', async () => {
    const verified = await signed(await submittedBundle(), {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
    });
    const self = await signed(verified, { role: 'approver', name: 'Bruno', decision: 'approved' });
    expect(await problemsOf(self)).toEqual([{ kind: 'same-signer', index: 1, of: 0 }]);
  });
});

describe('sign-offs that are not as Fabrik writes them are refused, saying why', () => {
  async function refusal(bundle: Bundle | Record<string, unknown>) {
    const result = await readBundle(JSON.stringify(bundle));
    if (result.ok) throw new Error('expected the file to be refused');
    return result.error;
  }

  it('refuses an unknown role', async () => {
    const bundle = await approvedBundle();
    const tampered = {
      ...bundle,
      signoffs: [bundle.signoffs[0], { ...bundle.signoffs[1], role: 'dga' }],
    };
    expect(await refusal(tampered)).toEqual({
      kind: 'invalid-signoffs',
      problems: [{ kind: 'unknown-role', index: 1, found: 'dga' }],
    });
  });

  it('refuses extra and missing fields, naming them', async () => {
    const bundle = await approvedBundle();
    const { comment: _comment, ...withoutComment } = bundle.signoffs[0]!;
    const tampered = {
      ...bundle,
      signoffs: [withoutComment, { ...bundle.signoffs[1], stamp: 'DGA' }],
    };
    expect(await refusal(tampered)).toEqual({
      kind: 'invalid-signoffs',
      problems: [
        { kind: 'missing-field', index: 0, field: 'comment' },
        { kind: 'extra-field', index: 1, field: 'stamp' },
      ],
    });
  });

  it('refuses wrongly typed fields and a list that is not one', async () => {
    const bundle = await approvedBundle();
    const tampered = { ...bundle, signoffs: [{ ...bundle.signoffs[0], contentHash: 42 }] };
    const error = await refusal(tampered);
    expect(error).toMatchObject({
      kind: 'invalid-signoffs',
      problems: [{ kind: 'invalid-field', index: 0, field: 'contentHash' }],
    });
    expect(await refusal({ ...bundle, signoffs: {} })).toEqual({
      kind: 'invalid-signoffs',
      problems: [{ kind: 'not-a-list' }],
    });
  });
});
