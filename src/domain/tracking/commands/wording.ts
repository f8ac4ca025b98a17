import { CommandRefusedError, defineCommand } from '../../commands';
import type { Status } from '../schema';
import { rewordText } from '../wording';
import { withTracking } from './shared';

function forgetFormerLabel({ messagesLabel: _former, ...status }: Status): Status {
  return status;
}

/**
 * The one-click fix for a renamed status: its messages say its new label wherever they
 * said the former one.
 */
export const rewordStatusMessages = defineCommand(
  'rewordStatusMessages',
  (prototype, { statusId }: { statusId: string }) => {
    const { statuses, messages } = prototype.tracking;
    const status = statuses.find((candidate) => candidate.id === statusId);
    if (!status) throw new CommandRefusedError('tracking:errors.statusNotFound');
    const former = status.messagesLabel;
    if (former === undefined) return prototype;
    return withTracking(prototype, {
      ...prototype.tracking,
      statuses: statuses.map((s) => (s.id === statusId ? forgetFormerLabel(s) : s)),
      messages: messages.map((message) =>
        message.statusId === statusId
          ? {
              ...message,
              subject: rewordText(message.subject, former, status.label),
              body: rewordText(message.body, former, status.label),
            }
          : message,
      ),
    });
  },
);

/** The team keeps the messages' wording as it is: the renamed status is no longer flagged. */
export const keepStatusMessages = defineCommand(
  'keepStatusMessages',
  (prototype, { statusId }: { statusId: string }) => {
    const { statuses } = prototype.tracking;
    const status = statuses.find((candidate) => candidate.id === statusId);
    if (!status) throw new CommandRefusedError('tracking:errors.statusNotFound');
    if (status.messagesLabel === undefined) return prototype;
    return withTracking(prototype, {
      ...prototype.tracking,
      statuses: statuses.map((s) => (s.id === statusId ? forgetFormerLabel(s) : s)),
    });
  },
);
