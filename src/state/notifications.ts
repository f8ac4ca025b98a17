import { create } from 'zustand';

/** A message for the user; `messageKey` is an i18n key, turned into text by the UI. */
export interface Notification {
  id: number;
  tone: 'info' | 'success' | 'error';
  messageKey: string;
  params?: Record<string, string | number>;
  /** One button offered with the message, e.g. "Annuler". */
  action?: { labelKey: string; run: () => void };
  /** Dismissed after this long; errors stay until closed. */
  timeoutMs?: number;
}

interface NotificationsState {
  items: Notification[];
}

export const useNotifications = create<NotificationsState>()(() => ({ items: [] }));

let nextId = 1;

export function notify(notification: Omit<Notification, 'id'>): number {
  const id = nextId++;
  useNotifications.setState((state) => ({ items: [...state.items, { ...notification, id }] }));
  return id;
}

export function dismiss(id: number): void {
  useNotifications.setState((state) => ({ items: state.items.filter((item) => item.id !== id) }));
}
