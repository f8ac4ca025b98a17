import { defineCommand } from '../../commands';
import { patch, withPart } from '../withPart';
import type { LaunchPhase } from './lists';
import type { Launch, LaunchChecklistItem } from './schema';

const emptyLaunch = (): Launch => ({ pilot: {}, open: {} });
const untouched: LaunchChecklistItem = { done: false, note: '' };

/** Ticks an item of a launch checklist or writes its note; typing is one undo step. */
export const setLaunchItem = defineCommand(
  'setLaunchItem',
  (
    prototype,
    {
      phase,
      item,
      changes,
    }: { phase: LaunchPhase; item: string; changes: Partial<LaunchChecklistItem> },
  ) =>
    withPart(prototype, 'launch', emptyLaunch, (launch) => {
      const checklist: Partial<Record<string, LaunchChecklistItem>> = launch[phase];
      const current = checklist[item] ?? untouched;
      const next = patch(current, changes);
      if (next === current) return launch;
      return { ...launch, [phase]: { ...checklist, [item]: next } };
    }),
  ({ phase, item, changes }) => `${phase}:${item}:${Object.keys(changes).sort().join(',')}`,
);
