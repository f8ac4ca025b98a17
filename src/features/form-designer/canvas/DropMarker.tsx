import { useLayoutEffect, useRef } from 'react';
import { listKey, useDrag } from '../state/dragStore';

/**
 * The line showing where a drag would drop in one list. It places itself over the rows
 * (absolutely), so showing it never moves them or re-renders them.
 */
export function DropMarker({ list }: { list: string }) {
  const target = useDrag((state) =>
    state.target && listKey(state.target.slot) === list ? state.target : undefined,
  );
  const keyboard = useDrag((state) => state.mode === 'keyboard');
  const ref = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const marker = ref.current;
    const rows = marker?.parentElement?.querySelector(':scope > ol')?.children;
    if (!marker || !target || !rows) return;
    const index = target.slot.index;
    const next = rows[index] as HTMLElement | undefined;
    const last = rows[rows.length - 1] as HTMLElement | undefined;
    const top = next ? next.offsetTop : last ? last.offsetTop + last.offsetHeight : 0;
    marker.style.top = `${top}px`;
    // jsdom has no scrollIntoView.
    if (keyboard) marker.scrollIntoView?.({ block: 'nearest' });
  }, [target, keyboard]);

  if (!target) return null;
  const state = target.refusal ? ' fd-marker--refused' : target.samePlace ? ' fd-marker--same' : '';
  return <div ref={ref} className={`fd-marker${state}`} aria-hidden="true" />;
}
