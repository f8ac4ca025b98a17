import { Fragment, type ReactNode } from 'react';

/**
 * A list the team fills one item at a time, up to `max`: each item with its number (from
 * 1), a note once the list is full, and the add button, disabled then so the stored list
 * never goes past what the schema accepts.
 */
export function AddableList<T extends { id: string }>({
  items,
  max,
  renderItem,
  fullText,
  addText,
  onAdd,
  otherActions,
}: {
  items: readonly T[];
  max: number;
  renderItem: (item: T, number: number) => ReactNode;
  fullText: string;
  addText: string;
  onAdd: () => void;
  /** Buttons shown before the add button, in the same row. */
  otherActions?: ReactNode;
}) {
  const full = items.length >= max;
  return (
    <>
      {items.map((item, index) => (
        <Fragment key={item.id}>{renderItem(item, index + 1)}</Fragment>
      ))}
      {full && <p>{fullText}</p>}
      <div className="button-row">
        {otherActions}
        <button type="button" className="button button--secondary" disabled={full} onClick={onAdd}>
          {addText}
        </button>
      </div>
    </>
  );
}
