import { useTranslation } from '../ui/i18n/useTranslation';
import { dismiss, lifetimeOf, runAction, useNotifications } from '../state/notifications';
import { ToastList } from '../ui/ToastList';

/** A closed toast hands the focus to the page, where the action's own focus (if any) follows. */
function focusMain() {
  document.getElementById('main')?.focus({ preventScroll: true });
}

/** Shows the state layer's notifications, in the interface language. */
export function Notifications() {
  const { t } = useTranslation();
  const items = useNotifications((state) => state.items);
  const toasts = items.map((item) => ({
    id: item.id,
    tone: item.tone,
    message: t(item.messageKey, item.params),
    actionLabel: item.action && t(item.action.labelKey),
    timeoutMs: lifetimeOf(item),
  }));
  return (
    <ToastList toasts={toasts} onDismiss={dismiss} onAction={runAction} onFocusLost={focusMain} />
  );
}
