import { undoOfLastChange } from '../../state/commands';
import { notify } from '../../state/notifications';
import type { Deletion } from './editor/types';

/** The message's key and values: the step by its name, or how many went, and their flows. */
export function deletionMessage({ elements, flows, rejoined }: Deletion): {
  messageKey: string;
  params: Record<string, string | number>;
} {
  const alone = flows === 0 ? 'Alone' : '';
  const [only] = elements;
  if (elements.length === 1 && only) {
    const kind = only.isTask ? 'step' : 'element';
    const name = only.name.trim() || only.typeLabel;
    if (rejoined) {
      return {
        messageKey: `process:deleted.${kind}Rejoined`,
        params: { name, count: flows, from: rejoined.from, to: rejoined.to },
      };
    }
    return { messageKey: `process:deleted.${kind}${alone}`, params: { name, count: flows } };
  }
  if (elements.length === 0)
    return { messageKey: 'process:deleted.flows', params: { count: flows } };
  return {
    messageKey: `process:deleted.several${alone}`,
    params: { elements: elements.length, count: flows },
  };
}

/**
 * A deletion in the diagram was just stored as a step of the timeline: say what went,
 * with « Annuler » taking that very step back (bpmn-js restores the step and its flows).
 * A step deleted by a stray click on the pad's bin went unnoticed before.
 */
export function announceDeletion(deletion: Deletion): void {
  notify({
    tone: 'info',
    ...deletionMessage(deletion),
    action: { labelKey: 'common:actions.undo', run: undoOfLastChange() },
  });
}
