import { useEffect } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { setPresentation, usePresentation } from '../../state/presentation';
import { RunningTimerChip } from './RunningTimerChip';
import './i18n';
import './presentation.css';

/**
 * Switches presentation on or off, taking the whole screen with it: on a projector the
 * browser's tabs and address bar are clutter too. Called from the key or the click itself,
 * as browsers only grant full screen to a user's gesture; refused or unavailable full screen
 * leaves the mode in the window.
 */
function togglePresentationFullScreen() {
  const on = !usePresentation.getState().on;
  setPresentation(on);
  const root = document.documentElement;
  if (on && !document.fullscreenElement && typeof root.requestFullscreen === 'function') {
    root.requestFullscreen().catch(() => undefined);
  } else if (!on && document.fullscreenElement && typeof document.exitFullscreen === 'function') {
    document.exitFullscreen().catch(() => undefined);
  }
}

export function isPresentationShortcut(event: KeyboardEvent): boolean {
  return (
    event.code === 'KeyP' && event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey
  );
}

/**
 * The running workshop's time left and the presentation mode switch, in the prototype
 * bar. Alt+Shift+P toggles presentation from anywhere, text boxes included.
 */
export function PresentationControls() {
  const { t } = useTranslation('workshops');
  const on = usePresentation((state) => state.on);

  useEffect(() => {
    document.documentElement.classList.toggle('presenting', on);
    return () => document.documentElement.classList.remove('presenting');
  }, [on]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A single-key shortcut fires while someone merely types or speaks to the screen reader
      // (WCAG 2.1.4): Alt+Shift+P, by the key's place so that macOS's Option letters work too.
      if (event.defaultPrevented || event.repeat || !isPresentationShortcut(event)) return;
      // A dialog is open: the key belongs to it.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      togglePresentationFullScreen();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <RunningTimerChip />
      <button
        type="button"
        className="button button--secondary button--small keep-when-presenting"
        onClick={togglePresentationFullScreen}
        title={t('presentation.title')}
        aria-keyshortcuts="Alt+Shift+P"
      >
        {on ? t('presentation.leave') : t('presentation.enter')}
      </button>
    </>
  );
}
