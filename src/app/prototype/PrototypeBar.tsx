import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { ExceptionCapture } from '../../features/exceptions/ExceptionCapture';
import { PresentationControls } from '../../features/workshops/PresentationControls';
import { redo, undo } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { exportOpenPrototype } from '../exportOpenPrototype';
import { PresentationStepMenu } from './PresentationStepMenu';
import { SaveIndicator } from './SaveIndicator';

const heightProperty = '--prototype-bar-height';
const rememberedKey = 'fabrik:prototype-bar-height';

/** The height this tab's last prototype page published: the same at the same width. */
function remembered(): string | undefined {
  try {
    return sessionStorage.getItem(rememberedKey) ?? undefined;
  } catch {
    return undefined;
  }
}

function remember(height: string) {
  try {
    sessionStorage.setItem(rememberedKey, height);
  } catch {
    // Storage refused: the next page measures again, one layout later.
  }
}

/**
 * Publishes the bar's height for what sticks below it (columns, previews): it wraps onto
 * more lines on a narrow screen or in a longer language. It is measured by the observer,
 * after the browser's own layout: measuring while the page renders would lay the whole
 * page out one more time before it shows. Until then the height this tab last measured
 * holds, so that a reload at the same size needs no second layout.
 */
function useBarHeight() {
  const bar = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    let published = remembered();
    if (published) root.style.setProperty(heightProperty, published);
    const observer = new ResizeObserver(() => {
      const sticks = getComputedStyle(element).position === 'sticky';
      const height = `${sticks ? element.offsetHeight : 0}px`;
      if (height === published) return;
      published = height;
      root.style.setProperty(heightProperty, height);
      remember(height);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(heightProperty);
    };
  }, []);
  return bar;
}

/** The prototype's name, its save state, undo/redo and export, always in reach. */
export function PrototypeBar() {
  const { t } = useTranslation();
  const bar = useBarHeight();
  const name = useEditorStore((state) => state.prototype?.name ?? '');
  const canUndo = useEditorStore((state) => state.history.past.length > 0);
  const canRedo = useEditorStore((state) => state.history.future.length > 0);

  return (
    <div className="prototype-bar" ref={bar}>
      <p className="prototype-bar__name">{name}</p>
      <SaveIndicator />
      <div className="button-row prototype-bar__actions">
        <PresentationStepMenu />
        <PresentationControls />
        <ExceptionCapture />
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={undo}
          disabled={!canUndo}
          title={t('actions.undoShortcut')}
          aria-keyshortcuts="Control+Z"
        >
          {t('actions.undo')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={redo}
          disabled={!canRedo}
          title={t('actions.redoShortcut')}
          aria-keyshortcuts="Control+Shift+Z"
        >
          {t('actions.redo')}
        </button>
        <button
          type="button"
          className="button button--small"
          onClick={() => void exportOpenPrototype()}
          title={t('actions.exportPrototype')}
        >
          {t('actions.export')}
        </button>
      </div>
    </div>
  );
}
