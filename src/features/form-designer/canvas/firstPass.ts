import { allFields } from '../../../domain/form/fields';
import type { Field, Page } from '../../../domain/form/schema';

/** A row's height as estimated before it is drawn (designer.css), in rem. */
export const ROW_REM = 3.4;

/**
 * Where the canvas's first row starts, in CSS pixels, at the least: below the app's header,
 * the prototype's bar, the step's title and the panel's (417 at 1600 pixels wide and more,
 * lower on narrower screens, where the header wraps).
 */
const CANVAS_TOP_PX = 400;

/** A row's height on screen with its margin, as measured at 16-pixel text. */
const ROW_PX = 55;

/**
 * Rows the first pass draws for a window `viewportHeight` CSS pixels high: those the
 * canvas can show at the top of the page (11 at 1000 pixels, 13 at 1080, 19 at 1440),
 * and never fewer than 4. Each row drawn costs about a millisecond before the first
 * frame; the rest follow right after it (Canvas).
 */
export function firstPassLimit(viewportHeight: number): number {
  return Math.max(4, Math.ceil((viewportHeight - CANVAS_TOP_PX) / ROW_PX));
}

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
