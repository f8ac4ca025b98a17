import { create } from 'zustand';
import { knownKeyOf, newlySeenKeys, type KnownKey, type Signer } from '../domain/review/keyring';
import {
  readOrganisationKeys,
  type OrganisationKeysResult,
} from '../domain/review/organisationKeys';
import {
  addReviewerKeys,
  listReviewerKeys,
  replaceOrganisationKeys,
} from '../storage/reviewerKeyRepository';
import { classifyStorageError } from '../storage/errors';
import { notify } from './notifications';

/** The reviewer keys this browser knows, as the screens show them; loaded on first use. */
export const useReviewerKeys = create<{ keys: KnownKey[]; loaded: boolean }>()(() => ({
  keys: [],
  loaded: false,
}));

/** Reads the known keys again from storage, for every screen that shows sign-offs. */
export async function refreshReviewerKeys(): Promise<KnownKey[]> {
  const keys = await listReviewerKeys();
  useReviewerKeys.setState({ keys, loaded: true });
  return keys;
}

/** Trust on first use: learns the keys of sign-offs kept here that are new to this browser. */
export async function learnFirstUseKeys(signers: readonly Signer[], at: Date): Promise<void> {
  const learnt = await newlySeenKeys(signers, await listReviewerKeys(), at);
  if (learnt.length === 0) return;
  await addReviewerKeys(learnt);
  await refreshReviewerKeys();
}

/**
 * The person here says this key is the signer's (they compared the fingerprint with them),
 * or it is this browser's own key, under the name its owner signed with.
 */
export async function confirmKey(signer: Signer, at = new Date()): Promise<void> {
  await addReviewerKeys([await knownKeyOf(signer, { source: 'confirmed', at })]);
  await refreshReviewerKeys();
}

/**
 * Imports an organisation's list of reviewer keys from a file's text: it replaces the list
 * imported before. A file that is not such a list changes nothing and says why.
 */
export async function importOrganisationKeys(
  text: string,
  at = new Date(),
): Promise<OrganisationKeysResult> {
  const result = await readOrganisationKeys(text);
  if (!result.ok) return result;
  const { organisation, keys } = result.list;
  const rows = await Promise.all(
    keys.map((key) => knownKeyOf(key, { source: 'organisation', at, organisation })),
  );
  await replaceOrganisationKeys(rows);
  await refreshReviewerKeys();
  return result;
}

/** `confirmKey` from a screen: a storage failure is said, not thrown. */
export function confirmSignerKey(signer: Signer): void {
  confirmKey(signer).catch((error: unknown) =>
    notify({ tone: 'error', messageKey: `common:storage.${classifyStorageError(error)}` }),
  );
}
