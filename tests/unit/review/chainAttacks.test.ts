import { afterEach, describe, expect, it } from 'vitest';
import type { Bundle } from '../../../src/domain/bundle/schema';
import { readBundle } from '../../../src/domain/bundle/readBundle';
import { bundleToText } from '../../../src/domain/bundle/writeBundle';
import { generateSigningKeyPair } from '../../../src/domain/review/keys';
import { hasDoubts } from '../../../src/domain/review/doubts';
import { currentRound, reviewOf, reviewStage } from '../../../src/domain/review/rounds';
import { createSignoff } from '../../../src/domain/review/sign';
import { stepHashesOf } from '../../../src/domain/review/stepHashes';
import { contentHash } from '../../../src/domain/bundle/hash';
import { storeImported, type ImportMode } from '../../../src/state/importing';
import { doubtsAboutFile, doubtsAboutRound } from '../../../src/state/signoffTrust';
import { importOrganisationKeys } from '../../../src/state/reviewerKeys';
import { FabrikDatabase, useDatabase as selectDatabase } from '../../../src/storage/db';
import { binPrototype, loadPrototype, purgeBin } from '../../../src/storage/prototypeRepository';
import { approvedBundle, keyOf, now, signed, submittedBundle } from './support';

/** Each person has their own browser: their own database. */
let run = 0;
function inBrowserOf(person: string) {
  selectDatabase(new FabrikDatabase(`chain-${person}-${run}`));
}
afterEach(() => {
  run++;
});

/** What arrives in a browser: the file's text read back, its check clean. */
async function received(bundle: Bundle): Promise<Bundle> {
  const result = await readBundle(bundleToText(bundle));
  if (!result.ok) throw new Error(result.error.kind);
  expect(result.check.problems).toEqual([]);
  return result.bundle;
}

async function store(bundle: Bundle, mode: ImportMode = 'keep-both') {
  return storeImported(await received(bundle), mode, (name) => `${name} (copie)`);
}

const describeMissing = (doubts: { missing: { name: string; decision: string }[] }) =>
  doubts.missing.map((signoff) => `${signoff.decision} ${signoff.name}`);

async function rejectedBundle(): Promise<Bundle> {
  const verified = await signed(await submittedBundle(), {
    role: 'verifier',
    name: 'Bruno',
    decision: 'verified',
  });
  return signed(verified, {
    role: 'approver',
    name: 'Chloé',
    decision: 'rejected',
    comment: 'Non.',
  });
}

describe('a sign-off chain cut or forged is never accepted without a word', () => {
  it('flags the approval removed from a file the referent’s browser saw approved', async () => {
    inBrowserOf('referent');
    const approved = await approvedBundle();
    const id = await store(approved);
    const cut = { ...approved, signoffs: approved.signoffs.slice(0, 1) };
    // The file is intact in itself: only what this browser saw tells the cut.
    const doubts = await doubtsAboutFile(await received(cut));
    expect(describeMissing(doubts)).toEqual(['approved Chloé']);
    expect(hasDoubts(doubts)).toBe(true);
    // Recorded anyway, it never undoes the approval known here.
    await storeImported(await received(cut), 'record-review', (name) => name);
    expect((await loadPrototype(id))?.status).toBe('approved');
  });

  it('flags a rejection removed, even once the prototype was deleted here', async () => {
    inBrowserOf('approver');
    const rejected = await rejectedBundle();
    const id = await store(rejected);
    await binPrototype(id, now);
    await purgeBin(new Date('2100-01-01'));
    const cut = { ...rejected, signoffs: rejected.signoffs.slice(0, 1) };
    const doubts = await doubtsAboutFile(await received(cut));
    expect(describeMissing(doubts)).toEqual(['rejected Chloé']);
    // Imported after all, the round offers the approval; the rejection is still named.
    const again = await store(cut);
    const record = reviewOf((await loadPrototype(again))!);
    expect(reviewStage(record)).toMatchObject({ kind: 'decide', role: 'approver' });
    const round = currentRound(record)!;
    expect(describeMissing(await doubtsAboutRound(round))).toEqual(['rejected Chloé']);
  });

  it('flags every sign-off removed from a review file', async () => {
    inBrowserOf('referent');
    const approved = await approvedBundle();
    await store(approved);
    const bare = { ...approved, signoffs: [] };
    expect(describeMissing(await doubtsAboutFile(await received(bare)))).toEqual([
      'verified Bruno',
      'approved Chloé',
    ]);
  });

  it('flags a verifier’s request for changes replaced by a verification signed with another key', async () => {
    inBrowserOf('referent');
    const submitted = await submittedBundle();
    const changes = await signed(submitted, {
      role: 'verifier',
      name: 'Bruno',
      decision: 'changes-requested',
      comment: 'À compléter.',
    });
    await store(changes);
    const forged = await signed(submitted, {
      role: 'verifier',
      name: 'Bruno ', // the same name, typed with a trailing space
      decision: 'verified',
      keyName: 'Faussaire',
    });
    const doubts = await doubtsAboutFile(await received(forged));
    expect(describeMissing(doubts)).toEqual(['changes-requested Bruno']);
    expect(doubts.keys.map((key) => key.kind)).toEqual(['different']);
  });

  it('flags content changed and re-signed with new keys under the reviewers’ names', async () => {
    inBrowserOf('referent');
    const approved = await approvedBundle();
    await store(approved);
    const prototype = { ...approved.prototype, name: 'Carte de stationnement (modifiée)' };
    const hash = await contentHash(prototype);
    const resigned: Bundle = {
      ...approved,
      prototype,
      integrity: { ...approved.integrity, contentHash: hash },
      signoffs: [],
    };
    const steps = await stepHashesOf(prototype);
    for (const [role, name, decision] of [
      ['verifier', 'Bruno', 'verified'],
      ['approver', 'Chloé', 'approved'],
    ] as const) {
      resigned.signoffs.push(
        await createSignoff(
          { role, name, decision, comment: '', comments: [] },
          {
            contentHash: hash,
            stepHashes: steps,
            previous: resigned.signoffs,
            submission: resigned.submission,
            version: resigned.version,
            key: await generateSigningKeyPair(),
            at: now,
          },
        ),
      );
    }
    const doubts = await doubtsAboutFile(await received(resigned));
    expect(doubts.missing).toEqual([]);
    expect(doubts.keys).toEqual([
      expect.objectContaining({ kind: 'different' }),
      expect.objectContaining({ kind: 'different' }),
    ]);
    expect(hasDoubts(doubts)).toBe(true);
  });

  it('flags a key not in the organisation’s list under a listed name, in a browser that saw nothing', async () => {
    inBrowserOf('approver');
    const bruno = await keyOf('Bruno');
    const list = {
      format: 'fabrik/reviewer-keys',
      formatVersion: 1,
      organisation: 'Ville de Lyon',
      keys: [{ name: 'Bruno', publicKey: bruno.publicKey }],
    };
    expect(await importOrganisationKeys(JSON.stringify(list))).toMatchObject({ ok: true });
    const genuine = await signed(await submittedBundle(), {
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
    });
    expect((await doubtsAboutFile(await received(genuine))).keys).toEqual([
      expect.objectContaining({
        kind: 'known',
        key: expect.objectContaining({ source: 'organisation' }),
      }),
    ]);
    const forged = await signed(await submittedBundle(), {
      role: 'verifier',
      name: 'bruno',
      decision: 'verified',
      keyName: 'Faussaire',
    });
    expect((await doubtsAboutFile(await received(forged))).keys.map((key) => key.kind)).toEqual([
      'different',
    ]);
  });

  it('trusts reviewers’ keys on first use: nothing to flag, then known', async () => {
    inBrowserOf('approver');
    const approved = await approvedBundle();
    const first = await doubtsAboutFile(await received(approved));
    expect(first.keys.map((key) => key.kind)).toEqual(['new', 'new']);
    expect(hasDoubts(first)).toBe(false);
    await store(approved);
    const again = await doubtsAboutFile(await received(approved));
    expect(again.keys).toEqual([
      expect.objectContaining({
        kind: 'known',
        key: expect.objectContaining({ source: 'first-use' }),
      }),
      expect.objectContaining({
        kind: 'known',
        key: expect.objectContaining({ source: 'first-use' }),
      }),
    ]);
    expect(hasDoubts(again)).toBe(false);
  });

  it('does not learn the keys of a file that is not imported', async () => {
    inBrowserOf('approver');
    const approved = await approvedBundle();
    await doubtsAboutFile(await received(approved));
    const again = await doubtsAboutFile(await received(approved));
    expect(again.keys.map((key) => key.kind)).toEqual(['new', 'new']);
  });
});
