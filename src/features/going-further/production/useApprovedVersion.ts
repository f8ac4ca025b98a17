import { useEffect, useState } from 'react';
import {
  approvedVersionOf,
  type ApprovedVersion,
  type NotApproved,
} from '../../../domain/going-further/production/approved';
import { contentOf } from '../../../domain/prototype/model';
import type { Prototype, PrototypeContent } from '../../../domain/prototype/schema';
import { reviewHash } from '../../../domain/review/importing';
import type { ReviewRound } from '../../../domain/review/record';
import { reviewOf, statusOfRound } from '../../../domain/review/rounds';
import { useEditorStore } from '../../../state/editorStore';
import { getVersion } from '../../../storage/versionRepository';

/** Where the approved version stands while it is looked up and checked. */
export type ApprovedState =
  | { kind: 'loading' }
  | { kind: 'ready'; approved: ApprovedVersion }
  | { kind: 'missing'; why: NotApproved | { kind: 'content-lost' } };

/** The latest round whose decisions end in an approval. */
function approvedRound(prototype: Prototype): ReviewRound | undefined {
  return reviewOf(prototype)
    .rounds.filter((round) => statusOfRound(round) === 'approved')
    .at(-1);
}

/**
 * The approved content: the prototype's own, as it was approved, or else the frozen version
 * the round was submitted from, when this browser keeps it.
 */
async function approvedContent(
  prototype: Prototype,
  round: ReviewRound,
): Promise<PrototypeContent | undefined> {
  // What « Pour aller plus loin » drafts after the approval is not signed (unsignedContentKeys):
  // unless the design itself changed since, today's content is the approved one.
  const content = contentOf(prototype);
  if ((await reviewHash(content)) === round.contentHash) return content;
  const stored = round.version && (await getVersion(round.version.id));
  if (stored && (await reviewHash(stored.content)) === round.contentHash) return stored.content;
  return undefined;
}

/**
 * The open prototype's approved version, its sign-offs checked again (storage is not trusted
 * either). Looked up once per approved round, not on every edit.
 */
export function useApprovedVersion(): ApprovedState {
  const round = useEditorStore((state) => state.prototype && approvedRound(state.prototype));
  const [state, setState] = useState<{ of?: ReviewRound; state: ApprovedState }>({
    state: { kind: 'loading' },
  });
  useEffect(() => {
    if (!round) return;
    let current = true;
    const settle = (next: ApprovedState) => current && setState({ of: round, state: next });
    const prototype = useEditorStore.getState().prototype!;
    approvedContent(prototype, round)
      .then(async (content) => {
        if (!content) return settle({ kind: 'missing', why: { kind: 'content-lost' } });
        const result = await approvedVersionOf({
          prototype: content,
          signoffs: round.signoffs,
          version: round.version,
          submission: round.submission,
        });
        settle(
          result.ok
            ? { kind: 'ready', approved: result.approved }
            : { kind: 'missing', why: result.why },
        );
      })
      .catch(() => settle({ kind: 'missing', why: { kind: 'content-lost' } }));
    return () => {
      current = false;
    };
  }, [round]);
  if (!round) return { kind: 'missing', why: { kind: 'not-approved' } };
  return state.of === round ? state.state : { kind: 'loading' };
}
