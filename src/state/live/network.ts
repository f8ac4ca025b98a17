import { useLiveSession } from '../liveSession';

/** What the network watch needs of the provider (HocuspocusProvider has it). */
export interface Reconnectable {
  connect(): Promise<unknown> | unknown;
  disconnect(): unknown;
  on(event: 'status', handler: (event: { status: string }) => void): unknown;
  off(event: 'status', handler: (event: { status: string }) => void): unknown;
}

/**
 * The browser knows it lost the network before the socket does: the person is told at
 * once that they work offline, and the connection is made again when the network is back.
 * Closing a socket without a network may finish only after the network returns; the
 * provider, still « connected » then, ignores a connect and, once closed, stays away. So
 * after a drop the connection is made again whenever the socket reports it closed while
 * the network is there, until it is open again.
 */
export function watchNetwork(
  provider: Reconnectable,
  isOnline: () => boolean = () => navigator.onLine,
): () => void {
  let dropped = false;
  const reconnect = () => {
    if (dropped && isOnline()) void provider.connect();
  };
  const onOffline = () => {
    dropped = true;
    void provider.disconnect();
    useLiveSession.setState({ status: 'offline' });
  };
  const onStatus = ({ status }: { status: string }) => {
    if (status === 'connected') dropped = false;
    else if (status === 'disconnected') reconnect();
  };
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', reconnect);
  provider.on('status', onStatus);
  return () => {
    window.removeEventListener('offline', onOffline);
    window.removeEventListener('online', reconnect);
    provider.off('status', onStatus);
  };
}
