import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/domain/bundle/schema';
import { readBundle } from '../../../src/domain/bundle/readBundle';
import { bundleToText } from '../../../src/domain/bundle/writeBundle';
import { signSignoff } from '../../../src/domain/review/sign';
import {
  changedSteps,
  contentKeysOfStep,
  stepHashesOf,
} from '../../../src/domain/review/stepHashes';
import type { TamperProblem } from '../../../src/domain/review/verify';
import { stepIds } from '../../../src/domain/steps';
import { contentKeys } from '../../../src/domain/prototype/model';
import { unsignedContentKeys } from '../../../src/domain/steps/unsigned';
import { approvedBundle, keyOf, signed, submittedBundle } from './support';

async function checked(bundle: Bundle) {
  const result = await readBundle(JSON.stringify(bundle));
  if (!result.ok) throw new Error(`refused: ${result.error.kind}`);
  return result.check;
}

const otherContent = (problems: TamperProblem[]) =>
  problems.flatMap((problem) =>
    problem.kind === 'signed-other-content' ? [problem.changedSteps] : [],
  );

/** The approved bundle with its prototype changed, the integrity block left as signed. */
async function editedApproved(edit: (prototype: Bundle['prototype']) => Bundle['prototype']) {
  const bundle = await approvedBundle();
  return { ...bundle, prototype: edit(structuredClone(bundle.prototype)) };
}

describe('a hash per step in every sign-off', () => {
  it('maps every signed content key but the id to exactly one step', () => {
    const mapped = stepIds.flatMap((step) => contentKeysOfStep(step));
    expect([...mapped].sort()).toEqual(
      contentKeys.filter((key) => key !== 'id' && !unsignedContentKeys.includes(key)).sort(),
    );
  });

  it('keeps a signed file intact when what follows the approval is drafted in it', async () => {
    const drafted = await editedApproved((prototype) => ({
      ...prototype,
      goingFurther: { launch: { pilot: {}, open: {} } },
    }));
    expect((await checked(drafted)).problems).toEqual([]);
  });

  it('signs one hash per step with content, covered by the signature', async () => {
    const bundle = await approvedBundle();
    const hashes = await stepHashesOf(bundle.prototype);
    expect(Object.keys(hashes)).toEqual([
      'purpose',
      'frame',
      'form',
      'process',
      'tracking',
      'exceptions',
      'workshops',
    ]);
    for (const signoff of bundle.signoffs) expect(signoff.stepHashes).toEqual(hashes);
    const forged = {
      ...bundle,
      signoffs: [
        { ...bundle.signoffs[0]!, stepHashes: { ...hashes, form: 'f'.repeat(64) } },
        bundle.signoffs[1]!,
      ],
    };
    expect((await checked(forged)).problems).toContainEqual({ kind: 'bad-signature', index: 0 });
  });

  it('names the steps whose content changed after the sign-offs', async () => {
    const edited = await editedApproved((prototype) => ({
      ...prototype,
      purpose: { ...prototype.purpose, statement: 'Autre chose' },
      exceptions: [],
      team: [{ id: 'p9', name: 'Intrus', service: '', role: 'other' }],
    }));
    const check = await checked(edited);
    expect(otherContent(check.problems)).toEqual([
      ['purpose', 'workshops'],
      ['purpose', 'workshops'],
    ]);
  });

  it('counts the name as part of the purpose step', async () => {
    const edited = await editedApproved((prototype) => ({ ...prototype, name: 'Autre nom' }));
    expect(otherContent((await checked(edited)).problems)).toEqual([['purpose'], ['purpose']]);
  });

  it('says no step changed when only the identifier did', async () => {
    const edited = await editedApproved((prototype) => ({ ...prototype, id: 'autre-id' }));
    expect(otherContent((await checked(edited)).problems)).toEqual([[], []]);
  });

  it('still verifies an older sign-off without step hashes, and then cannot tell the step', async () => {
    const submitted = await submittedBundle();
    const current = await signed(submitted, {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
    });
    const { signature: _signature, stepHashes: _steps, ...unsigned } = current.signoffs[0]!;
    const older = await signSignoff(
      unsigned,
      { submission: submitted.submission, version: submitted.version },
      (await keyOf('Bruno')).privateKey,
    );
    expect(older).not.toHaveProperty('stepHashes');
    const olderFile = { ...submitted, signoffs: [older] };
    const read = await readBundle(bundleToText(olderFile));
    if (!read.ok) throw new Error(read.error.kind);
    expect(read.check.problems).toEqual([]);
    expect(read.bundle.signoffs[0]).not.toHaveProperty('stepHashes');

    const edited = {
      ...olderFile,
      prototype: { ...olderFile.prototype, name: 'Autre nom' },
    };
    expect(otherContent((await checked(edited)).problems)).toEqual([null]);
  });

  it('does not trust the step hashes of a sign-off whose signature fails', async () => {
    const bundle = await approvedBundle();
    const edited = {
      ...bundle,
      prototype: { ...bundle.prototype, name: 'Autre nom' },
      signoffs: [{ ...bundle.signoffs[0]!, comment: 'changé' }, bundle.signoffs[1]!],
    };
    expect(otherContent((await checked(edited)).problems)).toEqual([null, ['purpose']]);
  });

  it('compares only the steps both sides hashed', () => {
    const a = 'a'.repeat(64);
    const b = 'b'.repeat(64);
    expect(changedSteps({ purpose: a, form: a }, { purpose: a, form: b })).toEqual(['form']);
    expect(changedSteps(undefined, { purpose: a })).toBeNull();
    // A step this Fabrik does not hash (a newer one) is ignored, a step missing is unknown.
    expect(changedSteps({ purpose: a, scenarios: a }, { purpose: b })).toEqual(['purpose']);
    expect(changedSteps({ purpose: a }, { purpose: a, form: b })).toBeNull();
  });

  it('reads a file whose sign-off carries a step hash that is not a hash as invalid', async () => {
    const bundle = await approvedBundle();
    const bad = {
      ...bundle,
      signoffs: [{ ...bundle.signoffs[0]!, stepHashes: { form: 'nope' } }, bundle.signoffs[1]!],
    };
    const result = await readBundle(JSON.stringify(bad));
    expect(result.ok).toBe(false);
  });
});
