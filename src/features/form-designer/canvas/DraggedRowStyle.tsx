import { useDrag } from '../state/dragStore';

/** Dims the row being dragged, from one place, so that no row listens to the drag. */
export function DraggedRowStyle() {
  const id = useDrag((state) =>
    state.mode === 'pointer' && state.source?.kind === 'existing' ? state.source.id : undefined,
  );
  if (!id) return null;
  return <style>{`[data-row-id="${CSS.escape(id)}"] > .fd-row__bar { opacity: 0.45; }`}</style>;
}
