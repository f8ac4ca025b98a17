import { useDroppable } from '@dnd-kit/core';
import { memo, type ReactNode } from 'react';
import type { Field } from '../../../domain/form/schema';
import { listKey } from '../state/dragStore';
import { flagsOf, type PageFlags } from './analysis';
import { DropMarker } from './DropMarker';
import { FieldRow } from './FieldRow';
import { ROW_REM, rowsOf } from './firstPass';
import type { RowLabels } from './useRowLabels';

export interface FieldListProps {
  pageId: string;
  parentId?: string;
  fields: readonly Field[];
  selectedId?: string;
  flags: PageFlags;
  labels: RowLabels;
  /** Rows drawn so far, on the designer's first pass; all when absent. */
  limit?: number;
}

/**
 * The list registers as one droppable. Its rows come in as `children`: when the drag
 * context changes, this re-renders alone and React keeps the same rows.
 */
function DroppableList({
  pageId,
  parentId,
  empty,
  children,
}: {
  pageId: string;
  parentId?: string;
  empty?: string;
  children: ReactNode;
}) {
  const list = { pageId, parentId };
  const { setNodeRef } = useDroppable({ id: `list:${listKey(list)}`, data: { list } });
  return (
    <div ref={setNodeRef} className={parentId ? 'fd-list fd-list--nested' : 'fd-list'}>
      {children}
      {empty && <p className="fd-list__empty">{empty}</p>}
      <DropMarker list={listKey(list)} />
    </div>
  );
}

/** The fields of a page or of a section/group, as light, memoized rows. */
export const FieldList = memo(function FieldList({
  pageId,
  parentId,
  fields,
  selectedId,
  flags,
  labels,
  limit,
}: FieldListProps) {
  const empty =
    fields.length === 0 ? (parentId ? labels.emptySection : labels.emptyList) : undefined;
  const drawn = limit === undefined ? fields : fields.slice(0, limit);
  const laterRows = fields.slice(drawn.length).reduce((rows, field) => rows + rowsOf(field), 0);
  return (
    <DroppableList pageId={pageId} parentId={parentId} empty={empty}>
      <ol className="fd-list__rows">
        {drawn.map((field) => {
          const row = flagsOf(flags, field.id);
          const container = field.fields !== undefined;
          return (
            <FieldRow
              key={field.id}
              field={field}
              pageId={pageId}
              selected={selectedId === field.id}
              issues={row.issues}
              unjustified={row.unjustified}
              conditional={row.conditional}
              labels={labels}
              // Only a section or group needs the whole picture, for the rows it holds.
              selectedId={container ? selectedId : undefined}
              flags={container ? flags : undefined}
            />
          );
        })}
      </ol>
      {laterRows > 0 && (
        <div className="fd-later" style={{ height: `${laterRows * ROW_REM}rem` }} />
      )}
    </DroppableList>
  );
});
