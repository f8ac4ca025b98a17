import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAX_NOTIFICATIONS,
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

  it('takes an action once, and the message away', () => {
    const run = vi.fn();
    const id = notify({ tone: 'info', messageKey: 'deleted', action: { labelKey: 'undo', run } });
    runAction(id);
    runAction(id);
    expect(run).toHaveBeenCalledOnce();
    expect(useNotifications.getState().items).toEqual([]);
  });
});
