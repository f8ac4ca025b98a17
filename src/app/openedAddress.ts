import { routeParam } from '../ui/links';

/** The prototype (and its step, if any) a page's address opens, or undefined. */
export function openedAddress(path: string): { id: string; step?: string } | undefined {
  const match = /^\/p\/([^/]+)(?:\/([^/]+))?/.exec(path);
  if (!match?.[1]) return undefined;
  return { id: routeParam(match[1]), step: match[2] };
}
