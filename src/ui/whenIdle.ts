/**
 * Runs `work` once the browser has nothing else to do (after the current frames, input
 * and loading), or never if cancelled first. Where requestIdleCallback is missing
 * (Safari), a short timeout stands in for it.
 */
export function whenIdle(work: () => void): () => void {
  const { requestIdleCallback, cancelIdleCallback } = window;
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => work());
    return () => cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, 200);
  return () => window.clearTimeout(handle);
}
