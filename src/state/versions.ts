import { CommandRefusedError } from '../domain/commands';
import { markFeedbackAnswered } from '../domain/going-further/adoption/commands';
import { newId } from '../domain/ids';
import { contentOf } from '../domain/prototype/model';
import type { Prototype } from '../domain/prototype/schema';
import { restoreVersion } from '../domain/versions/restore';
import type { Version, VersionKind } from '../domain/versions/schema';
import { endWorkshop } from '../domain/workshops/commands';
import { StorageError } from '../storage/errors';
import { addVersion, getVersion } from '../storage/versionRepository';
import { execute, undoOfLastChange } from './commands';
import { bundleFile } from './exporting';
import { useEditorStore } from './editorStore';
import { storeMilestone } from './milestones';
import { notify } from './notifications';

function reportStorageError(error: unknown) {
  const kind = error instanceof StorageError ? error.kind : 'unknown';
  notify({ tone: 'error', messageKey: 'workshops:versions.storeFailed', params: { reason: kind } });
}

interface VersionInput {
  name: string;
  kind: VersionKind;
  notes?: string;
  decisions?: string[];
  workshopId?: string;
  /** The accepted pilot feedback this version answers (feedback ids). */
  answers?: string[];
}

function snapshot(prototype: Prototype, input: VersionInput, id = newId()) {
  return {
    id,
    prototypeId: prototype.id,
    name: input.name,
    kind: input.kind,
    notes: input.notes ?? '',
    decisions: input.decisions ?? [],
    ...(input.workshopId ? { workshopId: input.workshopId } : {}),
    ...(input.answers && input.answers.length > 0 ? { answers: input.answers } : {}),
    createdAt: new Date().toISOString(),
    content: structuredClone(contentOf(prototype)),
  };
}

/** Takes an immutable version of the open prototype as it is on screen. */
export async function takeVersion(input: VersionInput): Promise<Version | undefined> {
  const prototype = useEditorStore.getState().prototype;
  if (!prototype) return undefined;
  let version: Version;
  try {
    version = await addVersion(snapshot(prototype, input));
  } catch (error) {
    reportStorageError(error);
    return undefined;
  }
  // Only once the version is stored: feedback it answers is then done, and undoable.
  if (version.answers) execute(markFeedbackAnswered({ ids: version.answers }));
  return version;
}

/**
 * Ends the running workshop and keeps a version of the prototype with the workshop's
 * notes. The version is stored first: if storage refuses it, the workshop keeps running
 * and nothing is lost.
 */
export async function endWorkshopWithVersion(
  workshopId: string,
  name: string,
): Promise<Version | undefined> {
  const prototype = useEditorStore.getState().prototype;
  if (!prototype) return undefined;
  const versionId = newId();
  const command = endWorkshop({ id: workshopId, at: new Date().toISOString(), versionId });
  let ended: Prototype;
  try {
    ended = command.apply(prototype);
  } catch (error) {
    if (!(error instanceof CommandRefusedError)) throw error;
    notify({ tone: 'error', messageKey: error.reason, params: error.params, timeoutMs: 6000 });
    return undefined;
  }
  const workshop = ended.workshops.find((candidate) => candidate.id === workshopId);
  let version: Version;
  try {
    version = await addVersion(
      snapshot(
        ended,
        {
          name,
          kind: 'workshop-end',
          notes: workshop?.notes,
          decisions: workshop?.decisions.map((decision) => decision.text),
          workshopId,
        },
        versionId,
      ),
    );
  } catch (error) {
    reportStorageError(error);
    return undefined;
  }
  // Announced by the caller: stored first, so a reload right after still shows it ended.
  if (!(await storeMilestone(command, { undoable: true }))) return undefined;
  return version;
}

/**
 * Makes a stored version's design the current one, as one undoable step; with
 * `withGoingFurther`, its « Pour aller plus loin » too.
 */
export async function restoreStoredVersion(
  id: string,
  { withGoingFurther = false }: { withGoingFurther?: boolean } = {},
): Promise<boolean> {
  let version: Version | undefined;
  try {
    version = await getVersion(id);
  } catch (error) {
    reportStorageError(error);
    return false;
  }
  if (!version) return false;
  const prototype = useEditorStore.getState().prototype;
  if (!prototype) return false;
  const command = restoreVersion({ content: version.content, withGoingFurther });
  const params = { number: version.number };
  try {
    if (command.apply(prototype) === prototype) {
      notify({
        tone: 'info',
        messageKey: 'workshops:versions.alreadyCurrent',
        params,
        timeoutMs: 6000,
      });
      return false;
    }
  } catch (error) {
    if (!(error instanceof CommandRefusedError)) throw error;
    notify({ tone: 'error', messageKey: error.reason, params: error.params });
    return false;
  }
  if (!(await storeMilestone(command, { undoable: true }))) return false;
  notify({
    tone: 'success',
    messageKey: 'workshops:versions.restored',
    params,
    timeoutMs: 8000,
    action: { labelKey: 'workshops:versions.undoRestore', run: undoOfLastChange() },
  });
  return true;
}

/** A whole version, content included. */
export async function loadVersion(id: string): Promise<Version | undefined> {
  try {
    return await getVersion(id);
  } catch (error) {
    reportStorageError(error);
    return undefined;
  }
}

/** The export file of a version: its content, marked with the version it is. */
export function versionBundleFile(version: Version) {
  const { id, number, name, createdAt } = version;
  return bundleFile(version.content, [], new Date(), { id, number, name, createdAt });
}
