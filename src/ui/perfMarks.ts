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
