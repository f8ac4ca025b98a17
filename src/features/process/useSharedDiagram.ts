import { useEffect, useMemo } from 'react';
import { canEditPrototype } from '../../domain/live/roles';
// The others' names on the diagram use the same tags as on the form's fields.
import '../../ui/presence/presence.css';
import { useSelectedByOthers } from '../../state/liveSelections';
import { useLiveSession } from '../../state/liveSession';
import type { DiagramEditor } from './editor/types';

/**
 * In a live workshop: shows on the diagram what each other participant selected, and
 * keeps the diagram read-only while someone else holds it (until they go idle or leave)
 * or when this person's role may not edit. Returns whether it is read-only now.
 */
export function useSharedDiagram(editor: DiagramEditor | undefined): boolean {
  const others = useSelectedByOthers('process', 'process-element');
  const heldByOther = useLiveSession((state) =>
    state.participants.some((presence) => presence.editsDiagram && !presence.self),
  );
  const mayEdit = useLiveSession(
    (state) => state.role === undefined || canEditPrototype(state.role),
  );
  const readOnly = heldByOther || !mayEdit;

  const marks = useMemo(
    () =>
      others.map((presence) => ({
        elementId: presence.selected!.id,
        name: presence.name,
        color: presence.color,
      })),
    [others],
  );
  useEffect(() => editor?.showPresence(marks), [editor, marks]);
  useEffect(() => editor?.setReadOnly(readOnly), [editor, readOnly]);
  return readOnly;
}
