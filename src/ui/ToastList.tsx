import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent } from 'react';
import { useTranslation } from './i18n/useTranslation';

export interface Toast {
  id: number;
  tone: 'info' | 'success' | 'error';
  message: string;
  actionLabel?: string;
  /** How long the toast stays when left alone; without one, it stays until closed. */
  timeoutMs?: number;
}

interface ToastListProps {
  toasts: Toast[];
  onDismiss: (id: number) => void;
  onAction: (id: number) => void;
  /** Where the focus goes when the toast holding it goes (closed, or its action taken). */
  onFocusLost?: () => void;
}

/**
 * Calls `onExpire` after `timeoutMs` of the toast being left alone: the count stops while
 * `paused` and resumes with the time that was left (WCAG 2.2.1, timing adjustable).
 */
function useExpiry(timeoutMs: number | undefined, paused: boolean, onExpire: () => void) {
  const remaining = useRef(timeoutMs);
  useEffect(() => {
    if (remaining.current === undefined || paused) return;
    const started = Date.now();
    const timer = setTimeout(onExpire, remaining.current);
    return () => {
      clearTimeout(timer);
      if (remaining.current !== undefined) remaining.current -= Date.now() - started;
    };
  }, [paused, onExpire]);
}

function ToastItem({
  toast,
  onDismiss,
  onAction,
  onFocusLost,
}: { toast: Toast } & Omit<ToastListProps, 'toasts'>) {
  const { t } = useTranslation();
  const item = useRef<HTMLLIElement>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const expire = useCallback(() => onDismiss(toast.id), [toast.id, onDismiss]);
  // Toasts pile up over the part being edited on a projected screen: they leave by
  // themselves, except while someone points at them or reads them with the focus.
  useExpiry(toast.timeoutMs, hovered || focused, expire);

  // Removing the element that has the focus would drop it on <body>: hand it on first.
  // A layout effect's cleanup runs before React takes the element out of the page.
  const focusLost = useRef(onFocusLost);
  useLayoutEffect(() => {
    focusLost.current = onFocusLost;
  });
  useLayoutEffect(() => {
    const element = item.current;
    return () => {
      if (element?.contains(document.activeElement)) focusLost.current?.();
    };
  }, []);

  const onBlur = (event: FocusEvent<HTMLLIElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false);
  };

  return (
    <li
      ref={item}
      className={`toast toast--${toast.tone}`}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={onBlur}
    >
      <p className="toast__message">{toast.message}</p>
      {toast.actionLabel && (
        <button type="button" className="button button--small" onClick={() => onAction(toast.id)}>
          {toast.actionLabel}
        </button>
      )}
      <button
        type="button"
        className="button button--ghost button--small"
        aria-label={t('actions.dismiss')}
        title={t('actions.dismiss')}
        onClick={() => onDismiss(toast.id)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

/**
 * Messages in a live region, always in the DOM so screen readers announce each new one.
 * Errors are assertive; the rest polite.
 */
export function ToastList({ toasts, onDismiss, onAction, onFocusLost }: ToastListProps) {
  const errors = toasts.filter((toast) => toast.tone === 'error');
  const others = toasts.filter((toast) => toast.tone !== 'error');
  const render = (items: Toast[]) =>
    items.map((toast) => (
      <ToastItem
        key={toast.id}
        toast={toast}
        onDismiss={onDismiss}
        onAction={onAction}
        onFocusLost={onFocusLost}
      />
    ));
  return (
    <div className="toasts">
      <div role="alert">
        {errors.length > 0 && <ul className="toasts__list">{render(errors)}</ul>}
      </div>
      <div role="status">
        {others.length > 0 && <ul className="toasts__list">{render(others)}</ul>}
      </div>
    </div>
  );
}
