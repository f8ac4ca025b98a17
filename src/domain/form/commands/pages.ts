import { CommandRefusedError, defineCommand } from '../../commands';
import type { Prototype } from '../../prototype/schema';
import type { Condition, Page } from '../schema';
import { sameValue, withForm } from './shared';

function mapPage(prototype: Prototype, id: string, change: (page: Page) => Page): Prototype {
  const index = prototype.form.pages.findIndex((page) => page.id === id);
  if (index < 0) throw new CommandRefusedError('form:errors.pageGone');
  const page = prototype.form.pages[index]!;
  const next = change(page);
  if (next === page) return prototype;
  const pages = prototype.form.pages.slice();
  pages[index] = next;
  return withForm(prototype, { ...prototype.form, pages });
}

/** Adds an empty page (a step of the form), at the end unless told where. */
export const addPage = defineCommand(
  'addPage',
  (prototype, { id, title, index }: { id: string; title: string; index?: number }) => {
    const pages = prototype.form.pages.slice();
    pages.splice(index ?? pages.length, 0, { id, title, fields: [] });
    return withForm(prototype, { ...prototype.form, pages });
  },
);

export const renamePage = defineCommand(
  'renamePage',
  (prototype, { id, title }: { id: string; title: string }) =>
    mapPage(prototype, id, (page) => (page.title === title ? page : { ...page, title })),
  ({ id }) => id,
);

/** Moves a page to an index of the list of pages. */
export const movePage = defineCommand(
  'movePage',
  (prototype, { id, index }: { id: string; index: number }) => {
    const pages = prototype.form.pages.slice();
    const from = pages.findIndex((page) => page.id === id);
    if (from < 0) throw new CommandRefusedError('form:errors.pageGone');
    const to = Math.max(0, Math.min(index, pages.length - 1));
    if (from === to) return prototype;
    const [page] = pages.splice(from, 1);
    pages.splice(to, 0, page!);
    return withForm(prototype, { ...prototype.form, pages });
  },
);

/** Deletes a page and its fields; a form keeps at least one page. */
export const removePage = defineCommand('removePage', (prototype, { id }: { id: string }) => {
  const { pages } = prototype.form;
  if (!pages.some((page) => page.id === id)) return prototype;
  if (pages.length === 1) throw new CommandRefusedError('form:errors.lastPage');
  return withForm(prototype, { ...prototype.form, pages: pages.filter((page) => page.id !== id) });
});

/** Sets or removes when a whole page is shown. */
export const setPageCondition = defineCommand(
  'setPageCondition',
  (prototype, { id, condition }: { id: string; condition: Condition | undefined }) =>
    mapPage(prototype, id, (page) => {
      if (sameValue(page.visibleWhen, condition)) return page;
      const { visibleWhen: _previous, ...rest } = page;
      return condition ? { ...rest, visibleWhen: condition } : rest;
    }),
  ({ id }) => id,
);
