import { useCallback, useEffect, useRef } from 'react';
import type { PrototypeSummary } from '../../storage/prototypeRepository';
import { prototypeTitleId } from './PrototypeCard';

/** Where the focus should go once the catalogue shows a change still on its way. */
export type FocusRequest =
  /** A prototype being deleted: once it is gone, to `next`, or to the empty catalogue. */
  | { gone: string; next?: string }
  /** A prototype being taken back: once it is there, to its card. */
  | { back: string };

export const EMPTY_CATALOGUE_TITLE_ID = 'empty-catalogue-title';

function focusCard(id: string): boolean {
  const link = document.getElementById(prototypeTitleId(id))?.querySelector('a');
  link?.focus();
  return link !== undefined && link !== null;
}

/**
 * Keeps the focus in the catalogue when the card holding it goes: the list comes back from
 * storage a moment after the change, so the request waits for the list that shows it.
 */
export function useListFocus(items: PrototypeSummary[] | undefined) {
  const request = useRef<FocusRequest | undefined>(undefined);
  useEffect(() => {
    const wanted = request.current;
    if (!wanted || !items) return;
    const has = (id: string) => items.some((item) => item.id === id);
    if ('back' in wanted) {
      if (has(wanted.back) && focusCard(wanted.back)) request.current = undefined;
      return;
    }
    if (has(wanted.gone)) return;
    request.current = undefined;
    const target = wanted.next !== undefined && has(wanted.next) ? wanted.next : items[0]?.id;
    if (target === undefined || !focusCard(target)) {
      document.getElementById(EMPTY_CATALOGUE_TITLE_ID)?.focus();
    }
  }, [items]);
  return useCallback((wanted: FocusRequest) => {
    // The list may already show the card taken back (storage answered first): focus it now.
    if ('back' in wanted && focusCard(wanted.back)) return;
    request.current = wanted;
  }, []);
}
