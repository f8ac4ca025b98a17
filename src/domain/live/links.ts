import type { LinkRole } from './roles';

/** What a share link carries: the workshop server, the room, and the secret that says the role. */
export interface ShareLink {
  serverUrl: string;
  roomId: string;
  secret: string;
}

/** The page of the app that opens share links. */
export const JOIN_PATH = '/atelier';

/**
 * A share link. The room and secret are in the fragment, which browsers never send to
 * the app's host: they cannot end up in its access logs.
 */
export function shareLinkUrl(appOrigin: string, link: ShareLink): string {
  const params = new URLSearchParams({ s: link.serverUrl, r: link.roomId, k: link.secret });
  return `${appOrigin}${JOIN_PATH}#${params.toString()}`;
}

/** Reads a share link's fragment; undefined when it is not one. */
export function linkFromHash(hash: string): ShareLink | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const serverUrl = params.get('s');
  const roomId = params.get('r');
  const secret = params.get('k');
  if (!serverUrl || !roomId || !secret || !/^wss?:\/\/[^\s]+$/.test(serverUrl)) return undefined;
  return { serverUrl, roomId, secret };
}

/** The links the referent hands out, in the order they are shown. */
export const sharedRoles: readonly LinkRole[] = ['viewer', 'commenter', 'editor'];
