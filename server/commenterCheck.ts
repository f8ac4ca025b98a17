import * as Y from 'yjs';
import {
  COMMENTS_KEY,
  commenterChangeRefusal,
  type WorkshopComment,
} from '../src/domain/live/comments';
import {
  EXCEPTION_VOTES_KEY,
  voterChangeRefusal,
  type ExceptionVote,
} from '../src/domain/live/exceptionVotes';
import { PROTOTYPE_ROOT, readPrototype } from '../src/domain/live/sharedDoc';
import type { RefusalReason } from '../src/domain/live/protocol';

/** What a commenter may change: the comments and the votes, within their rules. */
const commenterKeys = new Set([COMMENTS_KEY, EXCEPTION_VOTES_KEY]);

function part(content: Record<string, unknown>, key: string): unknown {
  return content[key] ?? [];
}

/** The root type that holds `type`. */
function rootOf(type: { _item: Y.Item | null }): unknown {
  let top = type;
  while (top._item) top = top._item.parent as { _item: Y.Item | null };
  return top;
}

/**
 * Why a commenter's update may not be applied, or undefined when it may: it is tried on a
 * copy of the document first, and may only change the comments and the votes on
 * exceptions, within the rules of `commenterChangeRefusal` and `voterChangeRefusal`. An update that would wait for a missing part is refused, so
 * that nothing can slip in later through a part that looked harmless alone.
 */
export function commenterRefusal(
  document: Y.Doc,
  update: Uint8Array,
  participantId: string,
): RefusalReason | undefined {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(document));
  const root = copy.getMap(PROTOTYPE_ROOT);
  const before = readPrototype(copy);
  const comments = part(before, COMMENTS_KEY) as WorkshopComment[];
  const votes = part(before, EXCEPTION_VOTES_KEY) as ExceptionVote[];
  let outside = false;
  copy.on('afterTransaction', (transaction: Y.Transaction) => {
    for (const type of transaction.changed.keys()) {
      if (rootOf(type) !== root) outside = true;
    }
  });
  root.observeDeep((events) => {
    for (const event of events) {
      const touched = event.path.length === 0 ? [...event.keys.keys()] : [event.path[0]];
      if (touched.some((key) => !commenterKeys.has(String(key)))) outside = true;
    }
  });
  Y.applyUpdate(copy, update);
  if (copy.store.pendingStructs || copy.store.pendingDs) return 'malformed';
  if (outside) return 'read-only';
  const after = readPrototype(copy);
  return (
    commenterChangeRefusal(comments, part(after, COMMENTS_KEY), participantId) ??
    voterChangeRefusal(votes, part(after, EXCEPTION_VOTES_KEY), participantId)
  );
}
