import { useEffect } from 'react';
import { useRoute } from 'wouter';
import { closeReceivedFile } from '../state/receivedFile';

/**
 * A flagged file opened read-only lives as long as its screen: leaving /received lets it
 * go, rather than keeping the whole bundle in memory until the page reloads. Keyed on
 * whether the route matches, so that opening the file and then going there keeps it. A
 * component of its own, so that following the address re-renders nothing else.
 */
export function ReceivedFileLifetime(): null {
  const [onReceived] = useRoute('/received');
  useEffect(() => {
    if (!onReceived) closeReceivedFile();
  }, [onReceived]);
  return null;
}
