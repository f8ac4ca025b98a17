import { allFields } from '../../../domain/form/fields';
import type { Page } from '../../../domain/form/schema';

/** Fields a first pass draws, page by page: more than the tallest screen shows. */
const FIRST_PASS_FIELDS = 24;

/**
 * The pages drawn on the designer's first pass: those that start within its first fields,
 * and the one holding the selection. The rest wait for the pass that follows at once: the
 * top of a long form shows without building every row below the fold first.
 */
export function firstPassPages(pages: readonly Page[], selected: string | undefined): Set<string> {
  const drawn = new Set<string>();
  let before = 0;
  for (const page of pages) {
    const fields = allFields({ pages: [page] });
    if (before < FIRST_PASS_FIELDS || fields.some(({ field }) => field.id === selected))
      drawn.add(page.id);
    before += fields.length;
  }
  return drawn;
}
