import { allFields } from '../../../domain/form/fields';
import type { Page } from '../../../domain/form/schema';

/** Fields the first pass draws: more than the tallest screen shows of the canvas. */
export const FIRST_PASS_FIELDS = 16;

/**
 * What the designer's first pass draws of each page, in reading order until `limit`
 * fields: every row (undefined), or only its first rows (their number). A page left out
 * waits for the next pass; the page holding the selection is drawn whole, wherever it is.
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
    else if (before < limit) drawn.set(page.id, limit - before);
    before += fields.length;
  }
  return drawn;
}
