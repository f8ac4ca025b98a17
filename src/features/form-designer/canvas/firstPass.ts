import { allFields } from '../../../domain/form/fields';
import type { Field, Page } from '../../../domain/form/schema';

/** Fields the first pass draws: more than a 1080-pixel-high screen shows of the canvas. */
export const FIRST_PASS_FIELDS = 16;

/** A field's rows: its own, and those of the fields a section or group holds. */
export function rowsOf(field: Field): number {
  return 1 + (field.fields?.length ?? 0);
}

/** How many of a page's fields start within its first `room` rows. */
function fieldsWithin(page: Page, room: number): number {
  let rows = 0;
  let count = 0;
  for (const field of page.fields) {
    if (rows >= room) break;
    rows += rowsOf(field);
    count += 1;
  }
  return count;
}

/**
 * What the designer's first pass draws of each page, in reading order until `limit` rows
 * (a section's fields count): every field (undefined), or its first fields (their number;
 * a section drawn is drawn whole). A page left out waits for the next pass; the page
 * holding the selection is drawn whole, wherever it is.
 */
export function firstPassRows(
  pages: readonly Page[],
  limit: number,
  selected: string | undefined,
): Map<string, number | undefined> {
  const drawn = new Map<string, number | undefined>();
  let before = 0;
  for (const page of pages) {
    const fields = allFields({ pages: [page] });
    if (fields.some(({ field }) => field.id === selected)) drawn.set(page.id, undefined);
    else if (before + fields.length <= limit) drawn.set(page.id, undefined);
    else if (before < limit) drawn.set(page.id, fieldsWithin(page, limit - before));
    before += fields.length;
  }
  return drawn;
}
