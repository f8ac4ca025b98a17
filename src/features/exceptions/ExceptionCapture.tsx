import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { ExceptionContext } from '../../domain/exceptions/schema';
import { useSelection } from '../../state/selection';
import { CaptureDialog } from './CaptureDialog';
import './exceptions.css';
import './i18n';

/** Where the user is now: the step (or the try-out) on screen and what is selected in it. */
function currentContext(): ExceptionContext {
  const { step, selected, tryingOut } = useSelection.getState();
  if (tryingOut) return { step: 'try-out' };
  // An exception open in the list is where the new one is noted from, not what it concerns.
  const target =
    selected && selected.kind !== 'exception' ? { ...selected, kind: selected.kind } : undefined;
  return { step: step ?? 'exceptions', ...(target ? { target } : {}) };
}

/**
 * The button and the Ctrl/Cmd+E shortcut, always in reach, that note an exception in two
 * seconds from any step, linked to what is selected there.
 */
export function ExceptionCapture() {
  const { t } = useTranslation('exceptions');
  const [context, setContext] = useState<ExceptionContext>();

  const open = useCallback(() => setContext(currentContext()), []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey)) return;
      if (event.altKey || event.shiftKey || event.key.toLowerCase() !== 'e') return;
      // Ctrl+E otherwise moves focus to the browser's search bar.
      event.preventDefault();
      open();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return (
    <>
      {/* Kept in the bar in presentation mode: capture stays in reach on the projector. */}
      <button
        type="button"
        className="button button--secondary button--small keep-when-presenting"
        onClick={open}
        title={t('capture.buttonTitle')}
        aria-keyshortcuts="Control+E Meta+E"
      >
        {t('capture.button')}
      </button>
      <CaptureDialog
        open={context !== undefined}
        context={context ?? { step: 'exceptions' }}
        onClose={() => setContext(undefined)}
      />
    </>
  );
}
