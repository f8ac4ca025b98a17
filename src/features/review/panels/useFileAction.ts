import { useCallback, useState } from 'react';
import type { ReviewFile } from '../../../state/review';
import { notify } from '../../../state/notifications';
import { downloadFile } from '../../../ui/download';

/**
 * Runs an action that produces a file to send (submit, sign, download again), downloads
 * it and says so; `busy` while it runs, so a double click does not sign twice.
 */
export function useFileAction(doneKey: string) {
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (action: () => Promise<ReviewFile | undefined>) => {
      setBusy(true);
      try {
        const file = await action();
        if (!file) return false;
        downloadFile(file.fileName, file.text);
        notify({
          tone: 'success',
          messageKey: doneKey,
          params: { file: file.fileName },
          timeoutMs: 8000,
        });
        return true;
      } finally {
        setBusy(false);
      }
    },
    [doneKey],
  );
  return { busy, run };
}
