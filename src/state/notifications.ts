import { create } from 'zustand';

/** A message for the user; `messageKey` is an i18n key, turned into text by the UI. */
export interface Notification {
  id: number;
  tone: 'info' | 'success' | 'error';
  messageKey: string;
  params?: Record<string, string | number>;
  /** One button offered with the message, e.g. "Annuler". The message then stays until closed. */
  action?: { labelKey: string; run: () => void };
  /** Dismissed after this long, unless it offers an action; errors stay until closed. */
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
 * Messages with an action stay until closed, so a long session could pile them up over
 * the screen: beyond this many, the oldest goes as if closed.
 */
export const MAX_NOTIFICATIONS = 5;

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
