import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { PROTOTYPE_ROOT, holdsPrototype } from '../../domain/live/sharedDoc';
import {
  readMessage,
  serverMessageSchema,
  type ClientMessage,
  type Credentials,
  type RefusalReason,
} from '../../domain/live/protocol';
import type { LinkRole, LiveRole } from '../../domain/live/roles';
import { keepLiveDoc } from '../../storage/liveDocs';
import { storeLiveLink, type StoredLiveLink } from '../../storage/liveLinks';
import { initialLiveSession, setLiveUndo, useLiveSession, type LiveProblem } from '../liveSession';
import { notify } from '../notifications';
import { bindPrototype, LOCAL, type Binding } from './binding';
import { watchNetwork } from './network';
import { newLiveSecret, participant, setParticipantName } from './identity';
import { bindPresence, diagramFilter, type PresenceBinding } from './presence';

interface Session {
  prototypeId: string;
  link: StoredLiveLink;
  doc: Y.Doc;
  provider: HocuspocusProvider;
  copy: ReturnType<typeof keepLiveDoc>;
  /** Stops following the browser's network state. */
  unwatchNetwork: () => void;
  binding: Binding;
  presence?: PresenceBinding;
  undo: Y.UndoManager;
}

export { joinRoom } from './join';

let session: Session | undefined;

/** Refusals after which this copy of the document cannot be sent: it is dropped and taken again from the server. */
const resetReasons: RefusalReason[] = ['read-only', 'too-large', 'document-full', 'malformed'];
/** Refusals that end the sharing for this browser; the prototype goes on locally. */
const endReasons: RefusalReason[] = ['revoked', 'ended', 'room-ended', 'invalid-token'];

function setProblem(problem: LiveProblem) {
  useLiveSession.setState({ problem });
}

function send(message: ClientMessage) {
  session?.provider.sendStateless(JSON.stringify(message));
}

/**
 * Connects the open prototype to its room: the local copy is read first (changes made
 * offline are in it), then the server is reached and both merge. The referent's
 * connection carries the links' secrets, so that the first one creates the room.
 */
export async function startLive(prototypeId: string, link: StoredLiveLink): Promise<void> {
  stopLive();
  const doc = new Y.Doc();
  const copy = keepLiveDoc(link.roomId, doc);
  useLiveSession.setState({
    ...initialLiveSession,
    prototypeId,
    serverUrl: link.serverUrl,
    roomId: link.roomId,
    links: link.links,
  });
  await copy.loaded;
  let role: LiveRole | undefined = link.links ? 'owner' : undefined;
  let presence: PresenceBinding | undefined;
  const binding = bindPrototype(
    doc,
    prototypeId,
    diagramFilter(
      () => presence,
      () => setProblem('diagram-locked'),
    ),
    () => setProblem('invalid-content'),
  );
  if (holdsPrototype(doc)) binding.pull();
  else if (link.links) binding.publish();

  const me = participant();
  const credentials: Credentials = {
    secret: link.secret,
    participant: { id: me.id, name: me.name || '?' },
    ...(link.links ? { create: link.links } : {}),
  };
  const provider = new HocuspocusProvider({
    url: link.serverUrl,
    name: link.roomId,
    document: doc,
    token: JSON.stringify(credentials),
    onStatus: ({ status }) => {
      if (status === 'connected') useLiveSession.setState({ status: 'online' });
      else if (status === 'disconnected') useLiveSession.setState({ status: 'offline' });
    },
    onSynced: () => {
      if (holdsPrototype(doc)) binding.pull();
      else if (role === 'owner') binding.publish();
      useLiveSession.setState({ status: 'online' });
    },
    onStateless: ({ payload }) => {
      const message = readMessage(serverMessageSchema, payload);
      if (!message) return;
      if (message.type === 'welcome') {
        role = message.role;
        useLiveSession.setState({ role });
        presence?.publishUser();
      } else if (message.type === 'refused') {
        setProblem(message.reason);
        if (message.reason === 'read-only') void restartFromServer();
      }
    },
    onAuthenticationFailed: ({ reason }) => onRefused(reason),
    onClose: ({ event }) => {
      if (event.reason) onRefused(event.reason);
    },
  });
  const undo = new Y.UndoManager(doc.getMap(PROTOTYPE_ROOT), { trackedOrigins: new Set([LOCAL]) });
  const unwatchNetwork = watchNetwork(provider);
  session = { prototypeId, link, doc, provider, copy, binding, undo, unwatchNetwork };
  if (provider.awareness) {
    presence = bindPresence(provider.awareness, { id: me.id, name: me.name }, () => role);
    session.presence = presence;
  }
  setLiveUndo({ undo: () => undo.undo(), redo: () => undo.redo() });
}

function onRefused(reason: string) {
  const known = reason as RefusalReason;
  if (endReasons.includes(known)) {
    const ended = session;
    setProblem(known);
    stopLive({ keepProblem: true });
    if (ended) {
      storeLiveLink(ended.prototypeId, undefined);
      void ended.copy.clear();
    }
  } else if (resetReasons.includes(known)) {
    setProblem(known);
    void restartFromServer();
  } else if (reason === 'room-full' || reason === 'flood') {
    setProblem(known);
  }
}

/** Drops this browser's copy of the shared document and takes the server's again. */
async function restartFromServer() {
  const current = session;
  if (!current) return;
  const problem = useLiveSession.getState().problem;
  await current.copy.clear();
  await startLive(current.prototypeId, current.link);
  useLiveSession.setState({ problem });
}

/** Disconnects; the prototype goes on locally, and the local copy waits for the next start. */
export function stopLive(options: { keepProblem?: boolean } = {}): void {
  const current = session;
  session = undefined;
  setLiveUndo(undefined);
  if (!current) return;
  current.unwatchNetwork();
  current.presence?.stop();
  current.binding.stop();
  current.undo.destroy();
  current.provider.destroy();
  // Closing only lets go of the local copy; what it holds is already written.
  void current.copy.close();
  const problem = options.keepProblem ? useLiveSession.getState().problem : undefined;
  useLiveSession.setState({ ...initialLiveSession, problem });
}

/** The referent shares the open prototype: a new room, with a secret for each link. */
export async function shareOpenPrototype(
  prototypeId: string,
  serverUrl: string,
  name: string,
): Promise<void> {
  setParticipantName(name);
  const link: StoredLiveLink = {
    serverUrl,
    roomId: newLiveSecret(),
    secret: newLiveSecret(),
    links: { viewer: newLiveSecret(), commenter: newLiveSecret(), editor: newLiveSecret() },
  };
  storeLiveLink(prototypeId, link);
  await startLive(prototypeId, link);
}

/** Replaces a link: whoever holds the old one is disconnected and cannot come back with it. */
export function revokeLink(role: LinkRole): void {
  if (!session?.link.links) return;
  const secret = newLiveSecret();
  const link = { ...session.link, links: { ...session.link.links, [role]: secret } };
  session.link = link;
  storeLiveLink(session.prototypeId, link);
  useLiveSession.setState({ links: link.links });
  send({ type: 'revoke', role, secret });
  notify({ tone: 'success', messageKey: 'live:revoked', timeoutMs: 5000 });
}

/** Ends the sharing for everyone; the prototype goes on locally. */
export function endSharing(): void {
  const current = session;
  if (!current) return;
  send({ type: 'end' });
  storeLiveLink(current.prototypeId, undefined);
  stopLive();
  void current.copy.clear();
}
