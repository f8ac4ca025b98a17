import { bundleToText, exportedContent, writeBundle } from '../domain/bundle/writeBundle';
import { contentOf } from '../domain/prototype/model';
import type { Prototype, PrototypeContent } from '../domain/prototype/schema';
import { alreadySubmitted, recordSignoff, submitForReview } from '../domain/review/commands';
import type { ReviewRound } from '../domain/review/record';
import { reviewHash } from '../domain/review/importing';
import { currentRound, reviewOf } from '../domain/review/rounds';
import { createSignoff, type Decision } from '../domain/review/sign';
import type { Signoff } from '../domain/review/schema';
import { stepHashesOf } from '../domain/review/stepHashes';
import { StorageError } from '../storage/errors';
import { getVersion } from '../storage/versionRepository';
import { useEditorStore } from './editorStore';
import { appVersion } from './exporting';
import { notify } from './notifications';
import { storeMilestone } from './milestones';
import { mySigningKey } from './signingKey';
import { rememberOwnSignoff } from './signoffTrust';
import { takeVersion } from './versions';
import { prototypeFileName } from './fileNames';

/** A file to hand on: its name and its text. */
export interface ReviewFile {
  fileName: string;
  text: string;
}

function refuse(messageKey: string, params?: Record<string, string | number>): undefined {
  notify({ tone: 'error', messageKey, params });
  return undefined;
}

function storageFailure(error: unknown): undefined {
  const kind = error instanceof StorageError ? error.kind : 'unknown';
  return refuse(`common:storage.${kind}`);
}

async function fileOf(
  content: PrototypeContent,
  round: ReviewRound,
  signoffs: Signoff[],
): Promise<ReviewFile> {
  const now = new Date();
  const bundle = await writeBundle(content, {
    now,
    appVersion,
    signoffs,
    version: round.version,
    submission: round.submission,
  });
  return { fileName: prototypeFileName(content.name, now, bundle), text: bundleToText(bundle) };
}

/**
 * Submits the open prototype for verification: freezes a version, starts a review round
 * and returns the file to send to the verifier.
 */
export async function submitOpenPrototype(input: {
  by: string;
  declarations: string[];
  versionName: string;
}): Promise<ReviewFile | undefined> {
  const prototype = useEditorStore.getState().prototype;
  if (!prototype) return undefined;
  const hash = await reviewHash(prototype);
  if (alreadySubmitted(reviewOf(prototype), hash)) return refuse('review:errors.alreadySubmitted');
  const version = await takeVersion({ name: input.versionName, kind: 'review' });
  if (!version) return undefined;
  const round: ReviewRound = {
    contentHash: hash,
    version: {
      id: version.id,
      number: version.number,
      name: version.name,
      createdAt: version.createdAt,
    },
    submission: {
      by: input.by.trim(),
      at: new Date().toISOString(),
      declarations: input.declarations,
    },
    origin: 'submitted-here',
    signoffs: [],
  };
  // The file is written before the status changes, so "waiting for reviewers" never shows
  // without a file to send; it is handed on only once the status is stored.
  const file = await fileOf(version.content, round, []);
  if (!(await storeMilestone(submitForReview({ round }), { undoable: false }))) return undefined;
  return file;
}

/**
 * Signs this browser's reviewer's decision on the open prototype, with the draft comments,
 * and returns the file with the sign-off appended. Refused when the prototype was changed
 * here since it was received: a decision covers exactly what was sent.
 */
export async function signOpenPrototype(
  decision: Omit<Decision, 'comments'>,
): Promise<ReviewFile | undefined> {
  const prototype = useEditorStore.getState().prototype;
  if (!prototype) return undefined;
  const record = reviewOf(prototype);
  const round = currentRound(record);
  if (!round) return refuse('review:errors.notThisRound');
  const content = contentOf(prototype);
  if ((await reviewHash(content)) !== round.contentHash) {
    return refuse('review:errors.changedSinceReceived');
  }
  let signoff: Signoff;
  try {
    signoff = await createSignoff(
      { ...decision, comments: record.draftComments },
      {
        contentHash: round.contentHash,
        stepHashes: await stepHashesOf(exportedContent(content)),
        previous: round.signoffs,
        // Signed with the decision: the file carries them beside the sign-off (`fileOf`).
        submission: round.submission,
        version: round.version,
        key: await mySigningKey(),
        at: new Date(),
      },
    );
    // Remembered before it is announced: a file that later drops it is flagged here.
    await rememberOwnSignoff(prototype.id, signoff);
  } catch (error) {
    return storageFailure(error);
  }
  const file = await fileOf(content, round, [...round.signoffs, signoff]);
  if (!(await storeMilestone(recordSignoff({ signoff }), { undoable: false }))) return undefined;
  return file;
}

/**
 * The file of a round as it stands, to send again: the submitted content (from its version
 * when the prototype changed since) with the round's sign-offs.
 */
export async function roundFile(
  prototype: Prototype,
  round: ReviewRound,
): Promise<ReviewFile | undefined> {
  let content: PrototypeContent = contentOf(prototype);
  if ((await reviewHash(content)) !== round.contentHash) {
    let stored;
    try {
      stored = round.version && (await getVersion(round.version.id));
    } catch (error) {
      return storageFailure(error);
    }
    if (!stored || (await reviewHash(stored.content)) !== round.contentHash) {
      return refuse('review:errors.roundContentLost');
    }
    content = stored.content;
  }
  return fileOf(content, round, round.signoffs);
}
