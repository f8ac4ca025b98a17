import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { dismiss, useNotifications } from '../state/notifications';
import { ToastList } from '../ui/ToastList';

/** Shows the state layer's notifications, in the interface language. */
export function Notifications() {
  const { t } = useTranslation();
  const items = useNotifications((state) => state.items);
  const onAction = useCallback((id: number) => {
    useNotifications
      .getState()
      .items.find((item) => item.id === id)
      ?.action?.run();
    dismiss(id);
  }, []);
  const toasts = items.map((item) => ({
    id: item.id,
    tone: item.tone,
    message: t(item.messageKey, item.params),
    actionLabel: item.action && t(item.action.labelKey),
    timeoutMs: item.timeoutMs,
  }));
  return <ToastList toasts={toasts} onDismiss={dismiss} onAction={onAction} />;
}
