import { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { Credentials } from '../../domain/live/protocol';
import { holdsPrototype, readPrototype } from '../../domain/live/sharedDoc';
import { withBookkeeping } from '../../domain/prototype/create';
import { prototypeContentSchema, type Prototype } from '../../domain/prototype/schema';
import { keepLiveDoc } from '../../storage/liveDocs';
import { storeLiveLink, type StoredLiveLink } from '../../storage/liveLinks';
import { addPrototype, loadPrototype, replacePrototype } from '../../storage/prototypeRepository';
import { participant, setParticipantName } from './identity';

/** How long joining waits for the server and the shared prototype. */
const JOIN_TIMEOUT_MS = 30_000;

export type JoinOutcome =
  | { kind: 'joined'; prototypeId: string }
  | { kind: 'refused'; reason: string }
  | { kind: 'invalid-content' };

/**
 * Opens a share link: connects with its secret, takes the shared prototype, keeps it in
 * this browser (a prototype of the same id is brought up to date) and remembers the link,
 * so that opening the prototype reconnects.
 */
export function joinRoom(link: StoredLiveLink, name: string): Promise<JoinOutcome> {
  setParticipantName(name);
  const me = participant();
  const doc = new Y.Doc();
  const copy = keepLiveDoc(link.roomId, doc);
  const credentials: Credentials = { secret: link.secret, participant: { id: me.id, name } };
  return new Promise<JoinOutcome>((resolve) => {
    const provider = new HocuspocusProvider({
      url: link.serverUrl,
      name: link.roomId,
      document: doc,
      token: JSON.stringify(credentials),
      onAuthenticationFailed: ({ reason }) => finish({ kind: 'refused', reason }),
      onClose: ({ event }) => {
        if (event.reason) finish({ kind: 'refused', reason: event.reason });
      },
      onSynced: () => void keep(),
    });
    // A server that does not answer is said so, rather than waited for forever.
    const giveUp = setTimeout(
      () => finish({ kind: 'refused', reason: 'unreachable' }),
      JOIN_TIMEOUT_MS,
    );
    // The referent's prototype may arrive just after the first sync.
    doc.on('update', () => void keep());
    let done = false;
    async function keep() {
      if (done || !holdsPrototype(doc)) return;
      done = true;
      const parsed = prototypeContentSchema.safeParse(readPrototype(doc));
      if (!parsed.success) return finish({ kind: 'invalid-content' });
      // Keys this version does not know are kept: the shared document is the reference.
      const content = readPrototype(doc) as unknown as Prototype;
      const stored = await loadPrototype(parsed.data.id);
      const now = new Date();
      if (stored) await replacePrototype({ ...stored, ...content }, now);
      else await addPrototype(withBookkeeping(content, now));
      storeLiveLink(parsed.data.id, link);
      finish({ kind: 'joined', prototypeId: parsed.data.id });
    }
    function finish(outcome: JoinOutcome) {
      clearTimeout(giveUp);
      done = true;
      provider.destroy();
      // Closing only lets go of the local copy: nothing waits on it, joined or not.
      void copy.close();
      resolve(outcome);
    }
  });
}
