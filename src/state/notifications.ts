import { create } from 'zustand';

/** A message for the user; `messageKey` is an i18n key, turned into text by the UI. */
export interface Notification {
  id: number;
  tone: 'info' | 'success' | 'error';
  messageKey: string;
  params?: Record<string, string | number>;
  /** One button offered with the message, e.g. "Annuler". The message then stays longer. */
  action?: { labelKey: string; run: () => void };
  /** How long it stays when left alone (see `lifetimeOf`). */
  timeoutMs?: number;
  /** Called when the message goes without its action taken: closed or timed out. */
  onDismiss?: () => void;
}

interface NotificationsState {
  items: Notification[];
}

export const useNotifications = create<NotificationsState>()(() => ({ items: [] }));

let nextId = 1;

/**
 * Messages sit over the part being edited on a projected screen: beyond this many, the
 * oldest goes as if closed.
 */
export const MAX_NOTIFICATIONS = 2;

/** How long a plain message stays when nobody points at it or focuses it. */
export const PLAIN_LIFETIME_MS = 6000;

/**
 * A message with « Annuler » stays longer: in a workshop, the moment to take a deletion
 * back comes after some talk. The count stops while it is hovered or focused (WCAG 2.2.1),
 * and the change can still be undone from the bar once the message is gone.
 */
export const ACTION_LIFETIME_MS = 20_000;

/** How long a message stays when left alone; errors stay until closed. */
export function lifetimeOf(notification: Omit<Notification, 'id'>): number | undefined {
  if (notification.tone === 'error' && notification.timeoutMs === undefined) return undefined;
  if (notification.action) return Math.max(notification.timeoutMs ?? 0, ACTION_LIFETIME_MS);
  return notification.timeoutMs ?? PLAIN_LIFETIME_MS;
}

export function notify(notification: Omit<Notification, 'id'>): number {
  const id = nextId++;
  useNotifications.setState((state) => ({ items: [...state.items, { ...notification, id }] }));
  const { items } = useNotifications.getState();
  for (const old of items.slice(0, Math.max(0, items.length - MAX_NOTIFICATIONS))) {
    dismiss(old.id);
  }
  return id;
}

function remove(id: number): Notification | undefined {
  const found = useNotifications.getState().items.find((item) => item.id === id);
  if (found) {
    useNotifications.setState((state) => ({ items: state.items.filter((item) => item !== found) }));
  }
  return found;
}

export function dismiss(id: number): void {
  remove(id)?.onDismiss?.();
}

/** Takes the message's action, and the message away. */
export function runAction(id: number): void {
  remove(id)?.action?.run();
}
