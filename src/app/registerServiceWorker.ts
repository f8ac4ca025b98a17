import { registerSW } from 'virtual:pwa-register';
import { notify } from '../state/notifications';

/**
 * Caches the app for offline use. A new release waits until Fabrik is next opened;
 * the user may take it at once, after pending changes are saved.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const updateServiceWorker = registerSW({
    onNeedRefresh() {
      notify({
        tone: 'info',
        messageKey: 'app.updateReady',
        action: {
          labelKey: 'app.updateNow',
          // Autosave is loaded by the editor; the catalogue's first page does without it.
          run: () =>
            void import('../state/autosave')
              .then(({ flushSave }) => flushSave())
              .then(() => updateServiceWorker(true)),
        },
      });
    },
  });
}
