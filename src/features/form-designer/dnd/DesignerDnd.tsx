import {
  DndContext,
  DragOverlay,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragMoveEvent,
  type DragStartEvent,
  type DroppableContainer,
} from '@dnd-kit/core';
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { DragSource } from '../../../domain/form/drop';
import { locateField } from '../../../domain/form/fields';
import { designedForm } from '../state/designedForm';
import { addFieldAt, displayLabel, focusLabelBox, moveFieldTo } from '../actions';
import { autoScroll } from './columns';
import { clearDrag, setDropTarget, useDrag, type DropTarget } from '../state/dragStore';
import { describePlace } from './describePlace';
import { DragPreview } from './DragPreview';
import { slotCollision, targetAt } from './slotCollision';

const currentForm = () => designedForm();
const sourceOf = (active: { data: { current?: unknown } }) =>
  (active.data.current as { source?: DragSource } | undefined)?.source;
const targetOf = (event: DragMoveEvent) =>
  (event.collisions?.[0]?.data as { target?: DropTarget } | undefined)?.target;

function sourceName(t: TFunction, source: DragSource | undefined): string {
  const form = currentForm();
  if (!source || !form) return '';
  if (source.kind === 'new') return t(`form:types.${source.type}`);
  const field = locateField(form, source.id)?.field;
  return field ? displayLabel(field) : '';
}

/** Where the drag would drop now, in words. */
function placeNow(t: TFunction): string | undefined {
  const { target, source } = useDrag.getState();
  const form = currentForm();
  if (!target || !form || !source) return undefined;
  if (target.refusal) return t('form:move.refused', { reason: t(`form:drop.${target.refusal}`) });
  if (target.samePlace) return t('form:move.here');
  return describePlace(t, form, target.slot, source.kind === 'existing' ? source.id : undefined);
}

/**
 * One object for every render: dnd-kit memoizes its sensors on this options object, and a
 * new one would hand every row's droppable and every palette item a new context.
 */
const pointerOptions = { activationConstraint: { distance: 5 } };

/**
 * Drag and drop by pointer, on dnd-kit: it only turns the gesture into a place, and the
 * drop into `addField` or `moveField`. The canvas renders from the document, never from
 * the drag library's DOM.
 */
export function DesignerDnd({ children }: { children: ReactNode }) {
  const { t } = useTranslation('form');
  const sensors = useSensors(useSensor(PointerSensor, pointerOptions));
  // The lists, as dnd-kit last gave them: the drop is placed again where the pointer let go.
  const lists = useRef<readonly DroppableContainer[]>([]);
  const collisionDetection = useMemo<CollisionDetection>(() => {
    const detect = slotCollision(currentForm);
    return (args) => {
      lists.current = args.droppableContainers;
      return detect(args);
    };
  }, []);
  // Where the pointer let go: seen on the window, before dnd-kit's own listener (on the
  // document) ends the drag.
  const released = useRef<{ x: number; y: number } | undefined>(undefined);
  useEffect(() => {
    const remember = (event: PointerEvent) => {
      released.current = { x: event.clientX, y: event.clientY };
    };
    window.addEventListener('pointerup', remember, true);
    return () => window.removeEventListener('pointerup', remember, true);
  }, []);
  // dnd-kit announces the end after our handler has cleared the drag: it says what we did.
  const outcome = useRef('');

  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active }) => sourceName(t, sourceOf(active)),
      onDragMove: () => placeNow(t),
      onDragOver: () => placeNow(t),
      onDragEnd: () => outcome.current,
      onDragCancel: () => t('move.cancelled'),
    }),
    [t],
  );

  const accessibility = useMemo(
    () => ({ announcements, screenReaderInstructions: { draggable: t('move.instructions') } }),
    [announcements, t],
  );

  const onDragStart = ({ active }: DragStartEvent) => {
    useDrag.setState({ source: sourceOf(active), mode: 'pointer', target: undefined });
    released.current = undefined;
  };
  const onDragMove = (event: DragMoveEvent) => setDropTarget(targetOf(event));
  const onDragEnd = () => {
    // The target follows the moves the page has drawn; a release that comes before the
    // last ones are drawn (a quick gesture, a busy machine) would drop where the pointer
    // was a moment ago. The drop goes where the pointer let go.
    const form = currentForm();
    const point = released.current;
    const dragged = useDrag.getState().source;
    if (form && dragged && point)
      setDropTarget(targetAt(form, dragged, lists.current, point)?.target);
    const { source, target } = useDrag.getState();
    const label = sourceName(t, source);
    const place = placeNow(t) ?? '';
    clearDrag();
    outcome.current = t('move.cancelled');
    if (!source || !target || target.refusal || target.samePlace) return;
    if (source.kind === 'new') {
      if (!addFieldAt(source.type, target.slot)) return;
      outcome.current = t('move.added', { label, place });
      focusLabelBox();
    } else if (moveFieldTo(source.id, target.slot)) {
      outcome.current = t('move.moved', { label, place });
    }
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      autoScroll={autoScroll}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={clearDrag}
    >
      {children}
      {/* The preview lets the wheel through to the column under it: scrolling while dragging. */}
      <DragOverlay dropAnimation={null} className="fd-drag-overlay">
        <DragPreview />
      </DragOverlay>
    </DndContext>
  );
}
