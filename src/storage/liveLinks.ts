import type { LinkRole } from '../domain/live/roles';

/** How this browser reaches a shared prototype's room, kept so a reload reconnects. */
export interface StoredLiveLink {
  /** The workshop server's WebSocket address. */
  serverUrl: string;
  roomId: string;
  /** This browser's secret for the room (the referent's own, or the link's). */
  secret: string;
  /** The referent's copy of the three links' secrets, to show them again. */
  links?: Record<LinkRole, string>;
}

const linkKey = (prototypeId: string) => `fabrik:live:${prototypeId}`;
const participantKey = 'fabrik:participant';
const serverKey = 'fabrik:live-server';

function read<T>(key: string): T | undefined {
  try {
    const text = localStorage.getItem(key);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Private browsing without storage: the sharing lasts until the tab closes.
  }
}

export const loadLiveLink = (prototypeId: string) => read<StoredLiveLink>(linkKey(prototypeId));
export const storeLiveLink = (prototypeId: string, link: StoredLiveLink | undefined) =>
  write(linkKey(prototypeId), link);

/** Who this browser is in workshops: a random id and the name the person gave. */
export interface StoredParticipant {
  id: string;
  name: string;
}
export const loadParticipant = () => read<StoredParticipant>(participantKey);
export const storeParticipant = (participant: StoredParticipant) =>
  write(participantKey, participant);

/** The workshop server address the referent used last. */
export const loadServerUrl = () => read<string>(serverKey);
export const storeServerUrl = (url: string) => write(serverKey, url);
