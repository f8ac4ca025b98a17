import type { MouseEvent } from 'react';

/**
 * For buttons below questions: a press must not take focus before the click. Leaving a box
 * shows its error, which pushes the buttons down between the press and the release, so the
 * click would land beside the button and nothing would happen. The click's own handler
 * then moves focus where it belongs (error summary, next page, new block).
 */
export const keepFocus = (event: MouseEvent) => event.preventDefault();
