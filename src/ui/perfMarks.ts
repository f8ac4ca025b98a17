import { useEffect } from 'react';

export { perfMarks } from '../domain/perfMarks';

/** Marks the moment the component's content is on screen. */
export function useReadyMark(name: string, ready = true): void {
  useEffect(() => {
    if (ready) performance.mark(name);
  }, [name, ready]);
}

/** Renders nothing; marks when it is committed (place it after the content it measures). */
export function ReadyMark({ name }: { name: string }) {
  useReadyMark(name);
  return null;
}

/**
 * Runs `work` and records how long it took as the measure `name`, for `npm run bench`.
 * The measure changes nothing on screen: a memoised computation may be timed with it.
 */
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(name, { start, end: performance.now() });
  return result;
}
