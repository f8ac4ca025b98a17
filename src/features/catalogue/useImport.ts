import { useCallback, useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { BundleRepair } from '../../domain/bundle/readErrors';
import type { Bundle } from '../../domain/bundle/schema';
import type { SignoffDoubts } from '../../domain/review/doubts';
import type { SignoffCheck } from '../../domain/review/verify';
import type { ImportMode } from '../../state/importing';
import { notify } from '../../state/notifications';
import { classifyStorageError } from '../../storage/errors';
import { bundleFileKind } from '../../domain/bundle/fileKind';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'failed'; fileName: string; message: string; details: string[] }
  | { kind: 'conflict'; bundle: Bundle; repairs: BundleRepair[] }
  /** Signed, but what was signed does not match: never stored, only opened read-only. */
  | { kind: 'tampered'; fileName: string; bundle: Bundle; check: SignoffCheck }
  /**
   * Intact, but lacking sign-offs this browser has seen, or signed with keys other than
   * those known for their signers: imported only if the person says so, having read why.
   */
  | {
      kind: 'doubtful';
      fileName: string;
      bundle: Bundle;
      repairs: BundleRepair[];
      doubts: SignoffDoubts;
    }
  | { kind: 'repaired'; name: string; repairs: string[] };

/** Reads a dropped or picked file, asks what to do when the prototype exists, and stores it. */
export function useImport() {
  const { t, i18n } = useTranslation('catalogue');
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  /** Stops the check of the file being read, when the person cancels or picks another. */
  const reading = useRef<AbortController | undefined>(undefined);

  const store = useCallback(
    async (bundle: Bundle, repairs: BundleRepair[], mode: ImportMode) => {
      try {
        const { storeImported } = await import('../../state/importing');
        await storeImported(bundle, mode, (name) => t('import.importedCopy', { name }));
      } catch (error) {
        setState({
          kind: 'failed',
          fileName: bundle.prototype.name,
          message: t(`common:storage.${classifyStorageError(error)}`),
          details: [],
        });
        return;
      }
      // Says what the file is and what to do with it: a verifier sent a plain export by
      // mistake must see it at once, not find « Soumettre à vérification » prefilled.
      const kind = bundleFileKind(bundle);
      notify({
        tone: 'success',
        messageKey:
          kind.kind === 'decision'
            ? `catalogue:import.doneAs.${kind.decision}`
            : `catalogue:import.doneAs.${kind.kind}`,
        params: { name: bundle.prototype.name, version: 'version' in kind ? kind.version : 0 },
        timeoutMs: 8000,
      });
      setState(
        repairs.length > 0
          ? {
              kind: 'repaired',
              name: bundle.prototype.name,
              repairs: repairs.map((repair) => t(`common:${repair.key}`, repair.params)),
            }
          : { kind: 'idle' },
      );
    },
    [t],
  );

  /** Stores an intact file, first asking what to do when its prototype is here already. */
  const storeOrAsk = useCallback(
    async (bundle: Bundle, repairs: BundleRepair[], fail: (message: string) => void) => {
      try {
        const { isAlreadyStored } = await import('../../state/importing');
        if (await isAlreadyStored(bundle)) {
          setState({ kind: 'conflict', bundle, repairs });
          return;
        }
      } catch (error) {
        return fail(t(`common:storage.${classifyStorageError(error)}`));
      }
      await store(bundle, repairs, 'keep-both');
    },
    [store, t],
  );

  const importFile = useCallback(
    async (file: File) => {
      const fileName = file.name;
      const fail = (message: string, details: string[] = []) =>
        setState({ kind: 'failed', fileName, message, details });
      // The file's bounds, the validation code (zod, canonical JSON) and its hashing run in a
      // worker, loaded only when a file is imported: the page answers clicks meanwhile.
      const [{ MAX_BUNDLE_BYTES }, { readBundleFile }, { bundleErrorMessage }] = await Promise.all([
        import('../../domain/bundle/format'),
        import('../../state/bundleReader'),
        // Its messages, the sign-offs' included, are wanted only once a file is read.
        import('../../ui/bundleErrorMessage'),
      ]);
      // Refused before reading: nothing of a huge file is loaded.
      if (file.size > MAX_BUNDLE_BYTES) {
        const { message, details } = bundleErrorMessage(
          { kind: 'too-large', bytes: file.size, maxBytes: MAX_BUNDLE_BYTES },
          t,
          i18n.language,
        );
        return fail(message, details);
      }
      reading.current?.abort();
      const controller = new AbortController();
      reading.current = controller;
      setState({ kind: 'reading', fileName });
      const result = await readBundleFile(file, { signal: controller.signal });
      if (!result) return;
      reading.current = undefined;
      if (!result.ok) {
        const { message, details } = bundleErrorMessage(result.error, t, i18n.language);
        return fail(message, details);
      }
      if (result.check.problems.length > 0) {
        setState({ kind: 'tampered', fileName, bundle: result.bundle, check: result.check });
        return;
      }
      const { bundle, repairs } = result;
      try {
        const { doubtsWorthShowing } = await import('../../state/signoffTrust');
        const doubts = await doubtsWorthShowing(bundle);
        if (doubts) return setState({ kind: 'doubtful', fileName, bundle, repairs, doubts });
      } catch (error) {
        return fail(t(`common:storage.${classifyStorageError(error)}`));
      }
      await storeOrAsk(bundle, repairs, fail);
    },
    [storeOrAsk, t, i18n.language],
  );

  const importDoubtful = useCallback(() => {
    if (state.kind !== 'doubtful') return;
    const { fileName, bundle, repairs } = state;
    // The warning goes at once: a second click must not import the file twice.
    setState({ kind: 'reading', fileName });
    void storeOrAsk(bundle, repairs, (message) =>
      setState({ kind: 'failed', fileName, message, details: [] }),
    );
  }, [state, storeOrAsk]);

  const resolveConflict = useCallback(
    (mode: ImportMode | 'cancel') => {
      if (state.kind !== 'conflict') return;
      if (mode === 'cancel') setState({ kind: 'idle' });
      else void store(state.bundle, state.repairs, mode);
    },
    [state, store],
  );

  const dismiss = useCallback(() => setState({ kind: 'idle' }), []);

  const cancelReading = useCallback(() => {
    reading.current?.abort();
    reading.current = undefined;
    setState({ kind: 'idle' });
  }, []);

  return { state, importFile, importDoubtful, resolveConflict, dismiss, cancelReading };
}
