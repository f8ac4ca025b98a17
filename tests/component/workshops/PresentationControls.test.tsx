import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PresentationControls } from '../../../src/features/workshops/PresentationControls';
import { setPresentation, usePresentation } from '../../../src/state/presentation';

let fullScreen: Element | null = null;

beforeEach(() => {
  act(() => setPresentation(false));
  fullScreen = null;
  Object.defineProperty(document, 'fullscreenElement', {
    configurable: true,
    get: () => fullScreen,
  });
  document.documentElement.requestFullscreen = vi.fn(() => {
    fullScreen = document.documentElement;
    return Promise.resolve();
  });
  document.exitFullscreen = vi.fn(() => {
    fullScreen = null;
    return Promise.resolve();
  });
});

afterEach(() => {
  act(() => setPresentation(false));
});

describe('presentation mode', () => {
  it('is toggled by Alt+Shift+P, taking the whole screen and giving it back', async () => {
    const user = userEvent.setup();
    render(<PresentationControls />);
    await user.keyboard('{Alt>}{Shift>}P{/Shift}{/Alt}');
    expect(usePresentation.getState().on).toBe(true);
    expect(document.documentElement).toHaveClass('presenting');
    expect(document.documentElement.requestFullscreen).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Quitter la présentation' })).toBeInTheDocument();

    await user.keyboard('{Alt>}{Shift>}P{/Shift}{/Alt}');
    expect(usePresentation.getState().on).toBe(false);
    expect(document.documentElement).not.toHaveClass('presenting');
    expect(document.exitFullscreen).toHaveBeenCalledOnce();
  });

  it('never acts on a single key: typing or pressing P alone changes nothing (WCAG 2.1.4)', async () => {
    const user = userEvent.setup();
    render(
      <>
        <PresentationControls />
        <input aria-label="Notes" />
      </>,
    );
    await user.keyboard('p');
    await user.keyboard('{Shift>}P{/Shift}');
    await user.type(screen.getByLabelText('Notes'), 'p');
    expect(usePresentation.getState().on).toBe(false);
    expect(screen.getByLabelText('Notes')).toHaveValue('p');
    // The shortcut works from a text box too: it types nothing.
    await user.keyboard('{Alt>}{Shift>}P{/Shift}{/Alt}');
    expect(usePresentation.getState().on).toBe(true);
  });

  it('stays in the window when full screen is refused', async () => {
    document.documentElement.requestFullscreen = vi.fn(() => Promise.reject(new Error('denied')));
    const user = userEvent.setup();
    render(<PresentationControls />);
    await user.click(screen.getByRole('button', { name: 'Mode présentation' }));
    expect(usePresentation.getState().on).toBe(true);
    expect(document.documentElement).toHaveClass('presenting');
  });
});
