import type { EditedPart } from './editedPartSchema';

/**
 * The team's own wording of a generated part of a document of « Pour aller plus loin »
 * (training guides, FAQ, pilot report, communication, deployment request, test plan). Only
 * what the team reworded is stored, with what the prototype said then: generated text is
 * never stored, so a document is regenerated from the current version and a reworded part
 * whose generated text has changed shows both, and the team chooses.
 *
 * No zod here: the screens that show and edit the parts read these helpers without loading
 * it; the schema that validates a stored part is in editedPartSchema.ts.
 */

/** Longest text the team may keep in one part: a long page, not a book. */
export const EDITED_TEXT_MAX = 20_000;

export type { EditedPart };

/** A part of the stored content that keeps the team's wording of its documents. */
export interface WithEditedParts {
  edits?: EditedPart[];
}

/** A generated part as the document shows it, with the team's text when they changed it. */
export interface ResolvedPart {
  key: string;
  text: string;
  /** The team reworded it. */
  edited: boolean;
  /**
   * The prototype now says something else than when the team reworded it: `now` is what it
   * says. The team's text stays shown until they choose.
   */
  conflict?: { now: string };
}

/** The part's text: the team's when they changed it, the generated one otherwise. */
export function resolvePart(
  key: string,
  generated: string,
  edits: readonly EditedPart[] | undefined,
): ResolvedPart {
  const edit = edits?.find((candidate) => candidate.key === key);
  if (!edit) return { key, text: generated, edited: false };
  return edit.generated === generated
    ? { key, text: edit.text, edited: true }
    : { key, text: edit.text, edited: true, conflict: { now: generated } };
}

/** How many of these parts wait for the team to choose between their text and the new one. */
export const conflictCount = (parts: readonly ResolvedPart[]) =>
  parts.filter((part) => part.conflict).length;

function withEdits<T extends WithEditedParts>(holder: T, edits: EditedPart[]): T {
  if (edits.length > 0) return { ...holder, edits };
  const { edits: _removed, ...rest } = holder;
  return rest as T;
}

/**
 * Keeps the team's text for a part. Typing the generated text back removes the edit: the
 * part follows the prototype again.
 */
export function editPart<T extends WithEditedParts>(
  holder: T,
  { key, text, generated }: { key: string; text: string; generated: string },
): T {
  const edits = holder.edits ?? [];
  const index = edits.findIndex((edit) => edit.key === key);
  const current = edits[index];
  if (text === generated) {
    return current ? withEdits(holder, edits.toSpliced(index, 1)) : holder;
  }
  if (current && current.text === text && current.generated === generated) return holder;
  if (!current) return withEdits(holder, [...edits, { key, text, generated }]);
  // An edit made while a conflict shows keeps what the team had seen as the prototype's.
  return withEdits(holder, edits.with(index, { key, text, generated: current.generated }));
}

/** The team keeps their text over what the prototype now says: the conflict is settled. */
export function keepEditedPart<T extends WithEditedParts>(
  holder: T,
  { key, generated }: { key: string; generated: string },
): T {
  const edits = holder.edits ?? [];
  const index = edits.findIndex((edit) => edit.key === key);
  const current = edits[index];
  if (!current || current.generated === generated) return holder;
  return withEdits(holder, edits.with(index, { ...current, generated }));
}

/** The team takes the prototype's text: their edit is dropped. */
export function dropEditedPart<T extends WithEditedParts>(holder: T, { key }: { key: string }): T {
  const edits = holder.edits ?? [];
  const index = edits.findIndex((edit) => edit.key === key);
  return index < 0 ? holder : withEdits(holder, edits.toSpliced(index, 1));
}

/** A part the team may reword, with what is generated now (what typing it back restores). */
export type GeneratedPart = ResolvedPart & { generated: string };

/** The part as shown, with what is generated now. */
export const generatedPart = (
  key: string,
  generated: string,
  edits: readonly EditedPart[] | undefined,
): GeneratedPart => ({ ...resolvePart(key, generated, edits), generated });
