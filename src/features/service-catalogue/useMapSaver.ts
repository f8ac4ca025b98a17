import { useCallback, useEffect, useRef } from 'react';
import type { LifeEventMap, MapChange } from '../../domain/service-catalogue/lifeEvents';
import { notify } from '../../state/notifications';
import { classifyStorageError } from '../../storage/errors';
import { saveLifeEventMap } from '../../storage/serviceCatalogueRepository';

/**
 * Stores an edit of the map and, once it is shown again, puts the focus back on the control
 * that made it (or on the one beside it when it reached an end of its list), so that
 * reordering with the keyboard goes on from where it was.
 */
export function useMapSaver(map: LifeEventMap) {
  const focusNext = useRef<{ key: string; fallback?: string }>(undefined);
  useEffect(() => {
    const wanted = focusNext.current;
    if (!wanted) return;
    focusNext.current = undefined;
    const find = (key: string | undefined) =>
      key === undefined
        ? null
        : document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    const target = find(wanted.key);
    const usable =
      target && !(target as HTMLButtonElement).disabled ? target : find(wanted.fallback);
    usable?.focus();
  }, [map]);
  return useCallback((change: MapChange, focus?: { key: string; fallback?: string }) => {
    focusNext.current = focus;
    const at = new Date().toISOString();
    saveLifeEventMap(
      change.map,
      change.entries.map((entry) => ({ ...entry, updatedAt: at })),
    ).catch((failure: unknown) =>
      notify({ tone: 'error', messageKey: `common:storage.${classifyStorageError(failure)}` }),
    );
  }, []);
}
