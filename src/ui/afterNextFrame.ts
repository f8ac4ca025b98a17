/**
 * Runs `work` once the next frame has been drawn (in the first task after it), so that
 * heavy work started by a change does not hold back the frame that shows the change.
 * Returns a function that cancels it if it has not run yet.
 */
export function afterNextFrame(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelled = false;
  const frame = requestAnimationFrame(() => {
    if (!cancelled) timer = setTimeout(work, 0);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
