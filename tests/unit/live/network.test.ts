// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchNetwork, type Reconnectable } from '../../../src/state/live/network';
import { useLiveSession } from '../../../src/state/liveSession';

type StatusHandler = (event: { status: string }) => void;

/** A provider whose socket, as a real one, is still « connected » until its close lands. */
function fakeProvider() {
  const handlers = new Set<StatusHandler>();
  const provider = {
    connect: vi.fn(),
    disconnect: vi.fn(),
    on: (_event: 'status', handler: StatusHandler) => handlers.add(handler),
    off: (_event: 'status', handler: StatusHandler) => handlers.delete(handler),
  } satisfies Reconnectable;
  const report = (status: string) => handlers.forEach((handler) => handler({ status }));
  return { provider, report, handlers };
}

let online = true;
let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('the live connection when the network drops', () => {
  it('is made again once the network is back, even when the old socket closes after that', () => {
    const { provider, report } = fakeProvider();
    stop = watchNetwork(provider, () => online);

    online = false;
    window.dispatchEvent(new Event('offline'));
    expect(provider.disconnect).toHaveBeenCalledTimes(1);
    expect(useLiveSession.getState().status).toBe('offline');

    online = true;
    window.dispatchEvent(new Event('online'));
    // The socket had not closed yet: the provider ignored that connect.
    expect(provider.connect).toHaveBeenCalledTimes(1);
    report('disconnected');
    expect(provider.connect).toHaveBeenCalledTimes(2);

    // Once connected, a later close (a refusal, the end of sharing) is not fought.
    report('connected');
    report('disconnected');
    expect(provider.connect).toHaveBeenCalledTimes(2);
  });

  it('does not reconnect while the network is still away', () => {
    const { provider, report } = fakeProvider();
    stop = watchNetwork(provider, () => online);
    online = false;
    window.dispatchEvent(new Event('offline'));
    report('disconnected');
    expect(provider.connect).not.toHaveBeenCalled();
  });

  it('stops listening when the session ends', () => {
    const { provider, handlers } = fakeProvider();
    watchNetwork(provider, () => online)();
    expect(handlers.size).toBe(0);
    window.dispatchEvent(new Event('offline'));
    expect(provider.disconnect).not.toHaveBeenCalled();
  });
});
