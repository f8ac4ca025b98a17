import { useLayoutEffect, useState, type RefObject } from 'react';

/** Below this the editor is too cramped to use: the page scrolls instead. */
const MIN_HEIGHT = 320;
/** Space kept under the canvas, in pixels, so its border shows. */
const BOTTOM_GAP = 16;

/**
 * The height that takes the canvas down to the bottom of the window, measured from where
 * it starts (under the app's bars and the step's header, whatever their size), so the
 * whole diagram is in view without scrolling. Measured again when the window or the
 * section holding it changes size (a banner shown, presentation mode on or off).
 */
export function useCanvasHeight(
  frame: RefObject<HTMLElement | null>,
  section: RefObject<HTMLElement | null>,
): number {
  const [height, setHeight] = useState(MIN_HEIGHT);
  useLayoutEffect(() => {
    const measure = () => {
      const top = (frame.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
      setHeight(Math.max(MIN_HEIGHT, Math.floor(window.innerHeight - top - BOTTOM_GAP)));
    };
    measure();
    window.addEventListener('resize', measure);
    // Absent from some test environments: the window's size is then enough.
    const observer =
      typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    if (section.current) observer?.observe(section.current);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [frame, section]);
  return height;
}
