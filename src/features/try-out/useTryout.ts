import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProcessGraph } from '../../domain/process/graph';
import { generateTrackingCode } from '../../domain/tracking/code';
import type { CodeFormat } from '../../domain/tracking/schema';
import { startRun, type TryoutRun } from '../../domain/tryout/run';
import { notify } from '../../state/notifications';
import type { TryoutRow } from '../../storage/db';
import { deleteTryout, saveTryout, watchTryout } from '../../storage/tryoutRepository';

/** How many earlier states "undo the last action" can go back through. */
const MAX_EARLIER = 100;

export type TryoutState =
  | { state: 'loading' }
  | {
      state: 'ready';
      row: TryoutRow | undefined;
      canUndo: boolean;
      /** The raw content of a stored try-out that cannot be read, kept aside. */
      unreadable?: { raw: unknown };
    };

/**
 * The prototype's try-out: loaded from the browser's storage, and stored again after
 * every action, so that a reload or a closed tab resumes it where it was. Another tab
 * playing the same try-out is followed, not overwritten unseen.
 */
export function useTryout(prototypeId: string) {
  const [loaded, setLoaded] = useState<{
    prototypeId: string;
    row: TryoutRow | undefined;
    unreadable?: { raw: unknown };
  }>();
  // The latest row, for actions fired in a row before React re-renders.
  const latest = useRef<TryoutRow | undefined>(undefined);
  const warned = useRef(false);

  // The ids of this tab's own writes: their echo from the database is not news.
  const ownWrites = useRef(new Set<string>());
  const followingElsewhere = useRef(false);

  useEffect(() => {
    let first = true;
    const show = (row: TryoutRow | undefined) => {
      latest.current = row;
      setLoaded({ prototypeId, row });
    };
    return watchTryout(
      prototypeId,
      (stored) => {
        if (stored.kind === 'unreadable') {
          // Not a blank slate: said on screen, with its raw content to export.
          first = false;
          latest.current = undefined;
          setLoaded({ prototypeId, row: undefined, unreadable: { raw: stored.raw } });
          return;
        }
        const row = stored.kind === 'found' ? stored.row : undefined;
        if (first) {
          first = false;
          show(row);
          return;
        }
        const own = row ? ownWrites.current.has(row.writeId ?? '') : latest.current === undefined;
        if (own || row?.writeId === latest.current?.writeId) return;
        // Another tab moved the same try-out on: show it as it is there, and say so once
        // (a tab that only watches would otherwise pile up a message per action).
        show(row);
        if (followingElsewhere.current) return;
        followingElsewhere.current = true;
        notify({ tone: 'info', messageKey: 'tryOut:run.changedElsewhere', timeoutMs: 6000 });
      },
      () => {
        // Not silently a blank form: the try-out stored may still be there once it reads.
        notify({ tone: 'error', messageKey: 'tryOut:run.loadFailed' });
        if (first) show(undefined);
        first = false;
      },
    );
  }, [prototypeId]);

  const update = useCallback(
    (next: TryoutRow | undefined) => {
      followingElsewhere.current = false;
      const row = next && { ...next, writeId: crypto.randomUUID() };
      if (row?.writeId) ownWrites.current.add(row.writeId);
      latest.current = row;
      setLoaded({ prototypeId, row });
      const stored = row ? saveTryout(row) : deleteTryout(prototypeId);
      stored.catch(() => {
        // Said once: the try-out goes on on screen, every later write would fail alike.
        if (warned.current) return;
        warned.current = true;
        notify({ tone: 'error', messageKey: 'tryOut:run.saveFailed' });
      });
    },
    [prototypeId],
  );

  const start = useCallback(
    (
      answers: Record<string, unknown>,
      graph: ProcessGraph | null,
      code: CodeFormat,
      /** The start event the request comes through, when the process has several. */
      startId?: string,
    ) => {
      update({
        prototypeId,
        answers,
        code: generateTrackingCode(code),
        submittedAt: new Date().toISOString(),
        run: startRun(graph ?? { elements: [], flows: [] }, startId),
        earlier: [],
      });
    },
    [prototypeId, update],
  );

  /** Applies an action to the run; one that changes nothing is not recorded. */
  const act = useCallback(
    (change: (run: TryoutRun) => TryoutRun) => {
      const row = latest.current;
      if (!row) return;
      const next = change(row.run);
      if (next === row.run) return;
      // A refused move (it would loop) only shows its problem: there is nothing to undo.
      // Undoing goes back to the run as it was, not to a refusal already said.
      const { problem, ...before } = row.run;
      const kept = problem === 'loop' ? before : row.run;
      const earlier = next.problem === 'loop' ? row.earlier : [...row.earlier, kept];
      update({ ...row, run: next, earlier: earlier.slice(-MAX_EARLIER) });
    },
    [update],
  );

  const undo = useCallback(() => {
    const row = latest.current;
    const previous = row?.earlier.at(-1);
    if (!row || !previous) return;
    update({ ...row, run: previous, earlier: row.earlier.slice(0, -1) });
    notify({ tone: 'info', messageKey: 'tryOut:run.undone', timeoutMs: 4000 });
  }, [update]);

  const restart = useCallback(() => update(undefined), [update]);

  /** Puts a request already under way in place of the current one (a scenario opened). */
  const open = useCallback(
    (
      answers: Record<string, unknown>,
      code: CodeFormat,
      played: Pick<TryoutRow, 'run' | 'earlier'>,
    ) =>
      update({
        prototypeId,
        answers,
        code: generateTrackingCode(code),
        submittedAt: new Date().toISOString(),
        ...played,
      }),
    [prototypeId, update],
  );

  const state: TryoutState =
    loaded?.prototypeId === prototypeId
      ? {
          state: 'ready',
          row: loaded.row,
          canUndo: (loaded.row?.earlier.length ?? 0) > 0,
          ...(loaded.unreadable ? { unreadable: loaded.unreadable } : {}),
        }
      : { state: 'loading' };
  return { ...state, start, act, undo, restart, open };
}
