import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { togglePresentation, usePresentation } from '../../state/presentation';
import { RunningTimerChip } from './RunningTimerChip';
import './i18n';
import './presentation.css';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The running workshop's time left and the presentation mode switch, in the prototype
 * bar. The P key toggles presentation anywhere but in a text box.
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
      if (
        event.defaultPrevented ||
        event.repeat ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey
      ) {
        return;
      }
      if (event.key.toLowerCase() !== 'p' || isTyping(event.target)) return;
      // A dialog is open: the key belongs to it.
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      togglePresentation();
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
        onClick={togglePresentation}
        title={t('presentation.title')}
        aria-keyshortcuts="P"
      >
        {on ? t('presentation.leave') : t('presentation.enter')}
      </button>
    </>
  );
}
