import { z } from 'zod';
import { launchChecklists } from './lists';

/** One item of a launch checklist: whether it is done, and what was done. */
export const launchItemSchema = z.object({
  done: z.boolean(),
  /** Who, what, where: free text kept with the item. */
  note: z.string().max(2000),
});

const checklist = (items: readonly [string, ...string[]]) =>
  z.partialRecord(z.enum(items), launchItemSchema);

/** The launch: the pilot phase's checklist, then the open phase's; an item never touched is absent. */
export const launchSchema = z.object({
  pilot: checklist(launchChecklists.pilot),
  open: checklist(launchChecklists.open),
});

export type LaunchChecklistItem = z.infer<typeof launchItemSchema>;
export type Launch = z.infer<typeof launchSchema>;
