import { allFields } from '../../../domain/form/fields';
import type { Page } from '../../../domain/form/schema';

/** Fields the first pass draws, page by page: more than the tallest screen shows. */
export const FIRST_PASS_FIELDS = 24;

/**
 * The pages the designer's first pass draws: those that start within the form's first
 * `limit` fields, and the one holding the selection. The others wait for the next pass.
 */
export function pagesWithin(
  pages: readonly Page[],
  limit: number,
  selected: string | undefined,
): Set<string> {
  const drawn = new Set<string>();
  let before = 0;
  for (const page of pages) {
    const fields = allFields({ pages: [page] });
    if (before < limit || fields.some(({ field }) => field.id === selected)) drawn.add(page.id);
    before += fields.length;
  }
  return drawn;
}
