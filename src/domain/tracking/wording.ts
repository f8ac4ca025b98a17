import type { Message, Status, Tracking } from './schema';

function labelPattern(label: string): RegExp | undefined {
  const trimmed = label.trim();
  if (trimmed === '') return undefined;
  // Whole words only, so « Refusée » is not found inside « irrefusée ».
  const escaped = trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu');
}

/** Whether a message's subject or text speaks of the status by this label, in any case. */
export function mentionsLabel(message: Pick<Message, 'subject' | 'body'>, label: string): boolean {
  const pattern = labelPattern(label);
  if (!pattern) return false;
  return [message.subject, message.body].some((text) => text.search(pattern) >= 0);
}

/**
 * `text` with every mention of `oldLabel` replaced by `newLabel`, keeping how each mention
 * began: « est acceptée » becomes « est accordée », « Acceptée » at a sentence start stays
 * capitalised.
 */
export function rewordText(text: string, oldLabel: string, newLabel: string): string {
  const pattern = labelPattern(oldLabel);
  const replacement = newLabel.trim();
  if (!pattern || replacement === '') return text;
  return text.replace(pattern, (found) => {
    const first = found.charAt(0);
    const lower = first === first.toLocaleLowerCase() && first !== first.toLocaleUpperCase();
    const start = replacement.charAt(0);
    return (lower ? start.toLocaleLowerCase() : start.toLocaleUpperCase()) + replacement.slice(1);
  });
}

/** A renamed status whose messages still speak of it by its former label. */
export interface StaleWording {
  status: Status;
  /** The label its messages were written with. */
  formerLabel: string;
  /** The messages sent on it that still use the former label. */
  messages: Message[];
}

/** Every renamed status whose messages still say its former label (« Accordée » sending « … est acceptée »). */
export function staleWordings(tracking: Pick<Tracking, 'statuses' | 'messages'>): StaleWording[] {
  return tracking.statuses.flatMap((status) => {
    const formerLabel = status.messagesLabel;
    if (formerLabel === undefined || formerLabel.trim() === status.label.trim()) return [];
    const messages = tracking.messages.filter(
      (message) => message.statusId === status.id && mentionsLabel(message, formerLabel),
    );
    return messages.length > 0 ? [{ status, formerLabel, messages }] : [];
  });
}
