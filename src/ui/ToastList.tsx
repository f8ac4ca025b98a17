import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export interface Toast {
  id: number;
  tone: 'info' | 'success' | 'error';
  message: string;
  actionLabel?: string;
  timeoutMs?: number;
}

interface ToastListProps {
  toasts: Toast[];
  onDismiss: (id: number) => void;
  onAction: (id: number) => void;
}

function ToastItem({
  toast,
  onDismiss,
  onAction,
}: { toast: Toast } & Omit<ToastListProps, 'toasts'>) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!toast.timeoutMs) return;
    const timer = setTimeout(() => onDismiss(toast.id), toast.timeoutMs);
    return () => clearTimeout(timer);
  }, [toast.id, toast.timeoutMs, onDismiss]);

  return (
    <li className={`toast toast--${toast.tone}`}>
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
        onClick={() => onDismiss(toast.id)}
      >
        ×
      </button>
    </li>
  );
}

/**
 * Messages in a live region, always in the DOM so screen readers announce each new one.
 * Errors are assertive; the rest polite.
 */
export function ToastList({ toasts, onDismiss, onAction }: ToastListProps) {
  const errors = toasts.filter((toast) => toast.tone === 'error');
  const others = toasts.filter((toast) => toast.tone !== 'error');
  const render = (items: Toast[]) =>
    items.map((toast) => (
      <ToastItem key={toast.id} toast={toast} onDismiss={onDismiss} onAction={onAction} />
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
