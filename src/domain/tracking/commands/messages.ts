import { CommandRefusedError, defineCommand } from '../../commands';
import type { Prototype } from '../../prototype/schema';
import { placeholderFields } from '../formFields';
import { toStoredTemplate } from '../placeholders';
import { messageChannels, type Message, type MessageChannel } from '../schema';
import { withTracking } from './shared';

function updateMessage(prototype: Prototype, messageId: string, patch: Partial<Message>) {
  const { messages } = prototype.tracking;
  const current = messages.find((message) => message.id === messageId);
  if (!current) throw new CommandRefusedError('tracking:errors.messageNotFound');
  const next = { ...current, ...patch };
  if (JSON.stringify(next) === JSON.stringify(current)) return prototype;
  return withTracking(prototype, {
    ...prototype.tracking,
    messages: messages.map((message) => (message.id === messageId ? next : message)),
  });
}

/** Adds a message sent when a status is reached; subject and body as the team types them. */
export const addMessage = defineCommand(
  'addMessage',
  (
    prototype,
    args: { id: string; statusId: string; channel: MessageChannel; subject: string; body: string },
  ) => {
    const { statuses, messages } = prototype.tracking;
    if (!statuses.some((status) => status.id === args.statusId)) {
      throw new CommandRefusedError('tracking:errors.statusNotFound');
    }
    if (messages.some((message) => message.id === args.id)) {
      throw new CommandRefusedError('tracking:errors.duplicateMessage');
    }
    const fields = placeholderFields(prototype);
    const message: Message = {
      id: args.id,
      statusId: args.statusId,
      channel: args.channel,
      subject: toStoredTemplate(args.subject, fields),
      body: toStoredTemplate(args.body, fields),
      reasons: [],
    };
    return withTracking(prototype, { ...prototype.tracking, messages: [...messages, message] });
  },
);

/**
 * Sets a message's subject or body from what the team typed: placeholders typed by
 * name are stored by id. A burst of typing in one box is one undo step.
 */
export const setMessageText = defineCommand(
  'setMessageText',
  (
    prototype,
    { messageId, part, typed }: { messageId: string; part: 'subject' | 'body'; typed: string },
  ) => {
    const stored = toStoredTemplate(typed, placeholderFields(prototype));
    return updateMessage(prototype, messageId, { [part]: stored });
  },
  ({ messageId, part }) => `${messageId}:${part}`,
);

export const setMessageChannel = defineCommand(
  'setMessageChannel',
  (prototype, { messageId, channel }: { messageId: string; channel: MessageChannel }) => {
    if (!messageChannels.includes(channel)) {
      throw new CommandRefusedError('tracking:errors.invalidChannel');
    }
    return updateMessage(prototype, messageId, { channel });
  },
);

/** Sets the reasons the agent picks from (for a documents request: incomplete, outdated…). */
export const setMessageReasons = defineCommand(
  'setMessageReasons',
  (prototype, { messageId, reasons }: { messageId: string; reasons: string[] }) =>
    updateMessage(prototype, messageId, { reasons }),
  ({ messageId }) => messageId,
);

export const deleteMessage = defineCommand(
  'deleteMessage',
  (prototype, { messageId }: { messageId: string }) => {
    const { messages } = prototype.tracking;
    if (!messages.some((message) => message.id === messageId)) return prototype;
    return withTracking(prototype, {
      ...prototype.tracking,
      messages: messages.filter((message) => message.id !== messageId),
    });
  },
);
