import type { Adoption, EditedPart } from './schema';

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

function withEdits(adoption: Adoption, edits: EditedPart[]): Adoption {
  if (edits.length > 0) return { ...adoption, edits };
  const { edits: _removed, ...rest } = adoption;
  return rest;
}

/**
 * Keeps the team's text for a part. Typing the generated text back removes the edit: the
 * part follows the prototype again.
 */
export function editPart(
  adoption: Adoption,
  { key, text, generated }: { key: string; text: string; generated: string },
): Adoption {
  const edits = adoption.edits ?? [];
  const index = edits.findIndex((edit) => edit.key === key);
  const current = edits[index];
  if (text === generated) {
    return current ? withEdits(adoption, edits.toSpliced(index, 1)) : adoption;
  }
  if (current && current.text === text && current.generated === generated) return adoption;
  if (!current) return withEdits(adoption, [...edits, { key, text, generated }]);
  // An edit made while a conflict shows keeps what the team had seen as the prototype's.
  return withEdits(adoption, edits.with(index, { key, text, generated: current.generated }));
}

/** The team keeps their text over what the prototype now says: the conflict is settled. */
export function keepEditedPart(
  adoption: Adoption,
  { key, generated }: { key: string; generated: string },
): Adoption {
  const edits = adoption.edits ?? [];
  const index = edits.findIndex((edit) => edit.key === key);
  const current = edits[index];
  if (!current || current.generated === generated) return adoption;
  return withEdits(adoption, edits.with(index, { ...current, generated }));
}

/** The team takes the prototype's text: their edit is dropped. */
export function dropEditedPart(adoption: Adoption, { key }: { key: string }): Adoption {
  const edits = adoption.edits ?? [];
  const index = edits.findIndex((edit) => edit.key === key);
  return index < 0 ? adoption : withEdits(adoption, edits.toSpliced(index, 1));
}
