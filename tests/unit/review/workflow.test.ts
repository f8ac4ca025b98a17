import { afterEach, describe, expect, it } from 'vitest';
import { readBundle } from '../../../src/domain/bundle/readBundle';
import { setPurposeItem } from '../../../src/domain/purpose/commands';
import { renamePrototype } from '../../../src/domain/prototype/commands';
import { createPrototype } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { addReviewComment } from '../../../src/domain/review/commands';
import { currentRound, receivedComments, reviewOf } from '../../../src/domain/review/rounds';
import { cancelScheduledSave, flushSave } from '../../../src/state/autosave';
import { storeImported, type ImportMode } from '../../../src/state/importing';
import { execute } from '../../../src/state/commands';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import { useNotifications } from '../../../src/state/notifications';
import {
  roundFile,
  signOpenPrototype,
  submitOpenPrototype,
  type ReviewFile,
} from '../../../src/state/review';
import { FabrikDatabase, useDatabase as selectDatabase } from '../../../src/storage/db';
import { loadPrototype, addPrototype } from '../../../src/storage/prototypeRepository';
import { listVersions } from '../../../src/storage/versionRepository';

/** Each person has their own browser: their own database, hence their own signing key. */
let run = 0;
const browsers = new Map<string, FabrikDatabase>();
function inBrowserOf(person: 'referent' | 'verifier' | 'approver') {
  if (!browsers.has(person)) browsers.set(person, new FabrikDatabase(`${person}-${run}`));
  selectDatabase(browsers.get(person)!);
}

function open(prototype: Prototype) {
  useEditorStore.setState({
    ...initialEditorState,
    prototype,
    baseRevision: prototype.revision,
    load: { state: 'ready' },
  });
}

async function openStored(id: string) {
  const stored = await loadPrototype(id);
  if (!stored) throw new Error('not stored');
  open(stored);
  return stored;
}

async function importFile(file: ReviewFile, mode: ImportMode = 'keep-both') {
  const result = await readBundle(file.text);
  if (!result.ok) throw new Error(result.error.kind);
  expect(result.check.problems).toEqual([]);
  return storeImported(result.bundle, mode, (name) => `${name} (copie)`);
}

const submit = () =>
  submitOpenPrototype({ by: 'Awa', declarations: ['teamSawFinal'], versionName: 'Soumission' });

afterEach(() => {
  cancelScheduledSave();
  useNotifications.setState({ items: [] });
  browsers.clear();
  run++;
});

describe('verification and approval between three browsers', () => {
  it('submits, requests changes, resubmits, verifies and approves', async () => {
    inBrowserOf('referent');
    // A name as typed, trailing space included: what the verifier stores must hash the same.
    const named = renamePrototype({ name: 'Carte résident ' }).apply(
      createPrototype('Carte', new Date()),
    );
    const draft = setPurposeItem({ item: 'statement', value: 'Stationner' }).apply(named);
    await addPrototype(draft);
    open(draft);
    const first = await submit();
    if (!first) throw new Error('not submitted');
    expect(useEditorStore.getState().prototype?.status).toBe('submitted');
    expect(useEditorStore.getState().history.past).toEqual([]);
    expect((await listVersions(draft.id)).map((version) => version.kind)).toEqual(['review']);
    await flushSave();

    inBrowserOf('verifier');
    const id = await importFile(first);
    const received = await openStored(id);
    expect(received.status).toBe('submitted');
    execute(
      addReviewComment({
        comment: { id: 'c1', step: 'purpose', text: 'Préciser ce qui est exclu.' },
      }),
    );
    const changes = await signOpenPrototype({
      role: 'verifier',
      name: 'Bruno',
      decision: 'changes-requested',
      comment: 'À compléter.',
    });
    if (!changes) throw new Error('not signed');
    expect(useEditorStore.getState().prototype?.status).toBe('changes-requested');
    await flushSave();

    inBrowserOf('referent');
    await importFile(changes, 'record-review');
    const back = await openStored(draft.id);
    expect(back.status).toBe('changes-requested');
    expect(back.purpose.statement).toBe('Stationner');
    expect(receivedComments(reviewOf(back)).map((each) => each.comment.text)).toEqual([
      'Préciser ce qui est exclu.',
    ]);
    execute(setPurposeItem({ item: 'outOfScope', value: 'Les résidents secondaires' }));
    const second = await submit();
    if (!second) throw new Error('not resubmitted');
    expect(reviewOf(useEditorStore.getState().prototype!).rounds).toHaveLength(2);
    expect((await listVersions(draft.id)).map((version) => version.number)).toEqual([1, 2]);
    await flushSave();

    inBrowserOf('verifier');
    await importFile(second, 'replace');
    await openStored(id);
    const verified = await signOpenPrototype({
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
      comment: 'Complet.',
    });
    if (!verified) throw new Error('not verified');
    await flushSave();

    inBrowserOf('approver');
    const atApprover = await importFile(verified);
    expect((await openStored(atApprover)).status).toBe('verified');
    const approved = await signOpenPrototype({
      role: 'approver',
      name: 'Chloé',
      decision: 'approved',
      comment: '',
    });
    if (!approved) throw new Error('not approved');
    await flushSave();

    inBrowserOf('referent');
    await importFile(approved, 'record-review');
    const done = await loadPrototype(draft.id);
    expect(done?.status).toBe('approved');
    expect(currentRound(reviewOf(done!))?.signoffs.map((signoff) => signoff.decision)).toEqual([
      'verified',
      'approved',
    ]);
    // The signatures cover the submission and version blocks: each browser sends them on
    // exactly as the referent wrote them, and the referent's own copy of the round still verifies.
    const blocksOf = (file: ReviewFile) => {
      const { submission, version } = JSON.parse(file.text) as Record<string, unknown>;
      return JSON.stringify({ submission, version }, null, 2);
    };
    expect(JSON.parse(blocksOf(second))).toMatchObject({
      submission: { by: 'Awa', declarations: ['teamSawFinal'] },
      version: { number: 2, name: 'Soumission' },
    });
    expect(blocksOf(verified)).toBe(blocksOf(second));
    expect(blocksOf(approved)).toBe(blocksOf(second));
    const resent = await roundFile(done!, currentRound(reviewOf(done!))!);
    if (!resent) throw new Error('not re-exported');
    expect(blocksOf(resent)).toBe(blocksOf(second));
    const check = await readBundle(resent.text);
    expect(check.ok && check.check.problems).toEqual([]);
  });

  it('refuses to sign what was changed here after it was received', async () => {
    inBrowserOf('referent');
    const draft = createPrototype('Cantine', new Date());
    await addPrototype(draft);
    open(draft);
    const file = await submit();
    await flushSave();

    inBrowserOf('verifier');
    const id = await importFile(file!);
    await openStored(id);
    execute(setPurposeItem({ item: 'statement', value: 'Changé par le vérificateur' }));
    const signed = await signOpenPrototype({
      role: 'verifier',
      name: 'Bruno',
      decision: 'verified',
      comment: '',
    });
    expect(signed).toBeUndefined();
    expect(useNotifications.getState().items.map((item) => item.messageKey)).toEqual([
      'review:errors.changedSinceReceived',
    ]);
    expect(useEditorStore.getState().prototype?.status).toBe('submitted');
  });
});
