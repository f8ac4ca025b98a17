import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ACTION_LIFETIME_MS,
  MAX_NOTIFICATIONS,
  PLAIN_LIFETIME_MS,
  lifetimeOf,
  notify,
  runAction,
  useNotifications,
} from '../../../src/state/notifications';

beforeEach(() => useNotifications.setState({ items: [] }));

describe('notifications', () => {
  it('keeps at most a few on screen: the oldest goes as if closed', () => {
    const firstClosed = vi.fn();
    notify({
      tone: 'info',
      messageKey: 'first',
      action: { labelKey: 'undo', run: vi.fn() },
      onDismiss: firstClosed,
    });
    for (let index = 1; index < MAX_NOTIFICATIONS; index++) {
      notify({ tone: 'info', messageKey: `n${index}` });
    }
    expect(firstClosed).not.toHaveBeenCalled();

    notify({ tone: 'info', messageKey: 'one too many' });
    const keys = useNotifications.getState().items.map((item) => item.messageKey);
    expect(keys).toHaveLength(MAX_NOTIFICATIONS);
    expect(keys).not.toContain('first');
    expect(keys.at(-1)).toBe('one too many');
    expect(firstClosed).toHaveBeenCalledOnce();
  });

  it('shows two at most, so that they never pile up over the screen', () => {
    for (const key of ['deleted', 'noted', 'saved']) notify({ tone: 'info', messageKey: key });
    const keys = useNotifications.getState().items.map((item) => item.messageKey);
    expect(keys).toEqual(['noted', 'saved']);
  });

  it('lets every message but an error leave by itself, one with « Annuler » later', () => {
    const undo = { labelKey: 'undo', run: () => {} };
    expect(lifetimeOf({ tone: 'success', messageKey: 'saved' })).toBe(PLAIN_LIFETIME_MS);
    expect(lifetimeOf({ tone: 'info', messageKey: 'copied', timeoutMs: 3000 })).toBe(3000);
    expect(lifetimeOf({ tone: 'info', messageKey: 'deleted', action: undo, timeoutMs: 8000 })).toBe(
      ACTION_LIFETIME_MS,
    );
    expect(ACTION_LIFETIME_MS).toBeGreaterThan(PLAIN_LIFETIME_MS);
    expect(lifetimeOf({ tone: 'error', messageKey: 'failed' })).toBeUndefined();
  });

  it('takes an action once, and the message away', () => {
    const run = vi.fn();
    const id = notify({ tone: 'info', messageKey: 'deleted', action: { labelKey: 'undo', run } });
    runAction(id);
    runAction(id);
    expect(run).toHaveBeenCalledOnce();
    expect(useNotifications.getState().items).toEqual([]);
  });
});
