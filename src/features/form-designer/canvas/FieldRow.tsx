import { memo, type KeyboardEvent } from 'react';
import { fieldRegistry } from '../../../domain/form/registry';
import type { Field } from '../../../domain/form/schema';
import { useSelectedByOthers } from '../../../state/liveSelections';
import { PresenceTags } from '../../../ui/presence/PresenceTags';
import { copyField, deleteField, duplicate, pasteClipboard, selectField } from '../actions';
import type { PageFlags } from './analysis';
import { DragHandle } from './DragHandle';
import { FieldList } from './FieldList';
import type { RowLabels } from './useRowLabels';

interface FieldRowProps {
  field: Field;
  pageId: string;
  selected: boolean;
  issues: number;
  unjustified: boolean;
  conditional: boolean;
  labels: RowLabels;
  selectedId?: string;
  flags?: PageFlags;
}

function onRowKeyDown(event: KeyboardEvent, id: string) {
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  let handled = true;
  if ((event.key === 'Delete' || event.key === 'Backspace') && !command) deleteField(id);
  else if (command && key === 'd') duplicate(id);
  else if (command && key === 'c') copyField(id);
  else if (command && key === 'v') {
    selectField(id);
    pasteClipboard();
  } else handled = false;
  if (handled) {
    event.preventDefault();
    event.stopPropagation();
  }
}

/**
 * One field on the canvas: a light summary (type, label, key, badges), never the full
 * input. Memoized: typing in one label re-renders one row.
 */
export const FieldRow = memo(function FieldRow({
  field,
  pageId,
  selected,
  issues,
  unjustified,
  conditional,
  labels,
  selectedId,
  flags,
}: FieldRowProps) {
  const definition = fieldRegistry[field.type];
  // In a live workshop, the others who have this field selected; empty (and stable) otherwise.
  const others = useSelectedByOthers('form', 'field', field.id);
  const label = field.label.trim() || labels.untitled;
  return (
    <li className={selected ? 'fd-row fd-row--selected' : 'fd-row'} data-row-id={field.id}>
      <div className="fd-row__bar" onKeyDown={(event) => onRowKeyDown(event, field.id)}>
        <DragHandle id={field.id} label={labels.move(label)} />
        <button
          type="button"
          className="fd-row__select"
          aria-pressed={selected}
          data-select-for={field.id}
          onClick={() => selectField(field.id)}
        >
          <span className="fd-icon" aria-hidden="true">
            {definition.icon}
          </span>
          <span className="fd-row__text">
            <span className="fd-row__label">{label}</span>{' '}
            <span className="fd-row__meta">
              <span className="fd-row__type">
                {labels.types[field.type]} · {field.key}
              </span>
              {field.required && <span className="fd-badge">{labels.required}</span>}
              {conditional && (
                <span className="fd-badge fd-badge--condition">{labels.condition}</span>
              )}
              {field.prefill && <span className="fd-badge">{labels.prefilled}</span>}
              {unjustified && (
                <span className="fd-badge fd-badge--warning">{labels.noJustification}</span>
              )}
              {issues > 0 && (
                <span className="fd-badge fd-badge--error">{labels.issues(issues)}</span>
              )}
            </span>
          </span>
        </button>
        <PresenceTags others={others} />
      </div>
      {field.fields && flags && (
        <FieldList
          pageId={pageId}
          parentId={field.id}
          fields={field.fields}
          selectedId={selectedId}
          flags={flags}
          labels={labels}
        />
      )}
    </li>
  );
});
