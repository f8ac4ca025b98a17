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
  it('is toggled by the P key, taking the whole screen and giving it back', async () => {
    const user = userEvent.setup();
    render(<PresentationControls />);
    await user.keyboard('p');
    expect(usePresentation.getState().on).toBe(true);
    expect(document.documentElement).toHaveClass('presenting');
    expect(document.documentElement.requestFullscreen).toHaveBeenCalledOnce();
    expect(screen.getByRole('button', { name: 'Quitter la présentation' })).toBeInTheDocument();

    await user.keyboard('P');
    expect(usePresentation.getState().on).toBe(false);
    expect(document.documentElement).not.toHaveClass('presenting');
    expect(document.exitFullscreen).toHaveBeenCalledOnce();
  });

  it('leaves the key to a text box being typed in', async () => {
    const user = userEvent.setup();
    render(
      <>
        <PresentationControls />
        <input aria-label="Notes" />
      </>,
    );
    await user.type(screen.getByLabelText('Notes'), 'p');
    expect(usePresentation.getState().on).toBe(false);
    expect(screen.getByLabelText('Notes')).toHaveValue('p');
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
