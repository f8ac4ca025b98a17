import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { staleWordings, type StaleWording } from '../../../domain/tracking/wording';
import { useEditorStore } from '../../../state/editorStore';

/** Renamed statuses whose messages still say their former label. */
export function useStaleWordings(): StaleWording[] {
  const statuses = useEditorStore(useShallow((state) => state.prototype?.tracking.statuses ?? []));
  const messages = useEditorStore(useShallow((state) => state.prototype?.tracking.messages ?? []));
  return useMemo(() => staleWordings({ statuses, messages }), [statuses, messages]);
}
