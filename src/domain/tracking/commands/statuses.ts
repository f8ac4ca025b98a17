import { CommandRefusedError, defineCommand } from '../../commands';
import type { ProcessGraph } from '../../process/graph';
import { stepName, stepsSetting } from '../mapping';
import { statusSchema, type Message, type Status } from '../schema';
import { mentionsLabel } from '../wording';
import { changes, withTracking } from './shared';

export type StatusPatch = Partial<Omit<Status, 'id'>>;

/** A new status goes before the final ones: a request meets it on its way to a decision. */
export const addStatus = defineCommand(
  'addStatus',
  (prototype, { id, label }: { id: string; label: string }) => {
    const { statuses } = prototype.tracking;
    if (statuses.some((status) => status.id === id)) {
      throw new CommandRefusedError('tracking:errors.duplicateStatus');
    }
    const status: Status = {
      id,
      label,
      color: '#3a3a3a',
      visibleToRequester: true,
      explanation: '',
      final: false,
      timeLimitDays: null,
      waitsForRequester: false,
    };
    const firstFinal = statuses.findIndex((candidate) => candidate.final);
    const at = firstFinal < 0 ? statuses.length : firstFinal;
    return withTracking(prototype, {
      ...prototype.tracking,
      statuses: [...statuses.slice(0, at), status, ...statuses.slice(at)],
    });
  },
);

/**
 * On a rename, remembers the label the status's messages were written with (when one of
 * them says it), so the tracking step can offer to reword them; renaming it back forgets it.
 */
function withMessagesLabel(current: Status, next: Status, messages: readonly Message[]): Status {
  if (next.label === current.label) return next;
  const formerLabel =
    current.messagesLabel ??
    (messages.some(
      (message) => message.statusId === current.id && mentionsLabel(message, current.label),
    )
      ? current.label
      : undefined);
  const { messagesLabel: _dropped, ...rest } = next;
  return formerLabel === undefined || formerLabel.trim() === next.label.trim()
    ? rest
    : { ...rest, messagesLabel: formerLabel };
}

/** Changes a status's label, colour, visibility…; a burst of typing in one box is one step. */
export const updateStatus = defineCommand(
  'updateStatus',
  (prototype, { statusId, patch }: { statusId: string; patch: StatusPatch }) => {
    const { statuses } = prototype.tracking;
    const current = statuses.find((status) => status.id === statusId);
    if (!current) throw new CommandRefusedError('tracking:errors.statusNotFound');
    if (!changes(current, patch)) return prototype;
    const next = withMessagesLabel(current, { ...current, ...patch }, prototype.tracking.messages);
    if (!statusSchema.safeParse(next).success) {
      throw new CommandRefusedError('tracking:errors.invalidStatus');
    }
    return withTracking(prototype, {
      ...prototype.tracking,
      statuses: statuses.map((status) => (status.id === statusId ? next : status)),
    });
  },
  ({ statusId, patch }) => `${statusId}:${Object.keys(patch).sort().join(',')}`,
);

/** Moves a status to another place in the order the requester meets them. */
export const moveStatus = defineCommand(
  'moveStatus',
  (prototype, { statusId, toIndex }: { statusId: string; toIndex: number }) => {
    const statuses = [...prototype.tracking.statuses];
    const from = statuses.findIndex((status) => status.id === statusId);
    if (from < 0) throw new CommandRefusedError('tracking:errors.statusNotFound');
    const to = Math.max(0, Math.min(statuses.length - 1, toIndex));
    if (from === to) return prototype;
    const [moved] = statuses.splice(from, 1) as [Status];
    statuses.splice(to, 0, moved);
    return withTracking(prototype, { ...prototype.tracking, statuses });
  },
);

/** The process as the screen last read it: the XML and the graph read from it (null if unreadable). */
export interface ReadProcess {
  xml: string;
  graph: ProcessGraph | null;
}

/**
 * Deletes a status and the messages sent on it. A status the process still sets is
 * refused, naming the steps, so no step is left pointing at nothing.
 */
export const deleteStatus = defineCommand(
  'deleteStatus',
  (prototype, { statusId, process }: { statusId: string; process: ReadProcess }) => {
    const { statuses, messages } = prototype.tracking;
    const status = statuses.find((candidate) => candidate.id === statusId);
    if (!status) return prototype;
    if (process.xml !== prototype.process.bpmnXml) {
      throw new CommandRefusedError('tracking:errors.processChanged');
    }
    if (process.graph) {
      const steps = stepsSetting(process.graph, statusId);
      if (steps.length > 0) {
        throw new CommandRefusedError('tracking:errors.statusInUse', {
          status: status.label,
          steps: steps.map(stepName).join(', '),
          count: steps.length,
        });
      }
    } else if (process.xml.includes(`"${statusId}"`)) {
      throw new CommandRefusedError('tracking:errors.statusMaybeInUse', { status: status.label });
    }
    if (statuses.length === 1) throw new CommandRefusedError('tracking:errors.lastStatus');
    return withTracking(prototype, {
      ...prototype.tracking,
      statuses: statuses.filter((candidate) => candidate.id !== statusId),
      messages: messages.filter((message) => message.statusId !== statusId),
    });
  },
);
