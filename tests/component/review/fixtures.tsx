import { render } from '@testing-library/react';
import ReviewScreen from '../../../src/features/review/ReviewScreen';
import { initialEditorState, useEditorStore } from '../../../src/state/editorStore';
import { addPrototype } from '../../../src/storage/prototypeRepository';
import { readBundle } from '../../../src/domain/bundle/readBundle';
import type { Bundle } from '../../../src/domain/bundle/schema';
import { bundleToText, writeBundle } from '../../../src/domain/bundle/writeBundle';
import { addParticipant } from '../../../src/domain/team/commands';
import { createPrototype, withBookkeeping } from '../../../src/domain/prototype/create';
import type { Prototype } from '../../../src/domain/prototype/schema';
import { purposeItems } from '../../../src/domain/purpose/items';
import { setPurposeItem } from '../../../src/domain/purpose/commands';
import { reviewAfterImport } from '../../../src/domain/review/importing';
import { generateSigningKeyPair, type SigningKeyPair } from '../../../src/domain/review/keys';
import { createSignoff, type Decision } from '../../../src/domain/review/sign';
import { stepHashesOf } from '../../../src/domain/review/stepHashes';

export const now = new Date('2026-11-23T09:00:00.000Z');

/** A prototype whose checklist has no blocking item: purpose written, a referent. */
export function readyPrototype(): Prototype {
  const written = purposeItems.reduce<Prototype>(
    (prototype, item) => setPurposeItem({ item, value: `Écrit : ${item}` }).apply(prototype),
    createPrototype('Carte de stationnement', now),
  );
  return addParticipant({
    participant: { id: 'p1', name: 'Awa Diallo', service: 'Mobilité', role: 'referent' },
  }).apply(written);
}

/** The file the referent sends, as a reviewer's Fabrik reads it. */
export async function sentBundle(prototype: Prototype): Promise<Bundle> {
  const bundle = await writeBundle(prototype, {
    now,
    appVersion: '0.1.0',
    version: { id: 'v1', number: 1, name: 'Soumission n° 1', createdAt: now.toISOString() },
    submission: { by: 'Awa Diallo', at: now.toISOString(), declarations: ['teamSawFinal'] },
  });
  const read = await readBundle(bundleToText(bundle));
  if (!read.ok) throw new Error(read.error.kind);
  return read.bundle;
}

/** The prototype as a reviewer's browser stores it after importing the file. */
export function receivedPrototype(bundle: Bundle): Prototype {
  return {
    ...withBookkeeping(bundle.prototype, now),
    ...reviewAfterImport(undefined, bundle, now),
  };
}

/** The bundle with one more sign-off, signed with `key` (a new reviewer's key by default). */
export async function signedBy(
  bundle: Bundle,
  decision: Decision,
  key?: SigningKeyPair,
): Promise<Bundle> {
  const signoff = await createSignoff(decision, {
    contentHash: bundle.integrity.contentHash,
    stepHashes: await stepHashesOf(bundle.prototype),
    previous: bundle.signoffs,
    submission: bundle.submission,
    version: bundle.version,
    key: key ?? (await generateSigningKeyPair()),
    at: now,
  });
  return { ...bundle, signoffs: [...bundle.signoffs, signoff] };
}

/** Stores a prototype and opens its review step, as the editor does. */
export async function openReviewScreen(prototype: Prototype) {
  await addPrototype(prototype);
  useEditorStore.setState({
    ...initialEditorState,
    prototype,
    baseRevision: prototype.revision,
    load: { state: 'ready' },
  });
  render(<ReviewScreen />);
}
