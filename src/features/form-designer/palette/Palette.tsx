import { useDraggable } from '@dnd-kit/core';
import { memo, useId } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { DragSource } from '../../../domain/form/drop';
import { fieldRegistry, paletteGroups } from '../../../domain/form/registry';
import type { FieldType } from '../../../domain/form/schema';
import { designedForm } from '../state/designedForm';
import { addFieldAt, focusLabelBox, placeAfterSelection } from '../actions';
import { startKeyboardMove } from '../dnd/keyboardMove';

const PaletteItem = memo(function PaletteItem({
  type,
  describedBy,
}: {
  type: FieldType;
  describedBy: string;
}) {
  const { t } = useTranslation('form');
  const source: DragSource = { kind: 'new', type };
  const { setNodeRef, listeners } = useDraggable({ id: `new:${type}`, data: { source } });
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className="fd-palette__item"
        aria-describedby={describedBy}
        {...listeners}
        onClick={(event) => {
          // A keyboard press (no pointer: detail 0) starts choosing where; a click adds after the selection.
          if (event.detail === 0) {
            startKeyboardMove(source);
            return;
          }
          const form = designedForm();
          if (form && addFieldAt(type, placeAfterSelection(form, type))) focusLabelBox();
        }}
      >
        <span className="fd-icon" aria-hidden="true">
          {fieldRegistry[type].icon}
        </span>
        {t(`types.${type}`)}
      </button>
    </li>
  );
});

/** The field types, by group: dragged, clicked, or chosen with the keyboard. */
export const Palette = memo(function Palette() {
  const { t } = useTranslation('form');
  const helpId = useId();
  return (
    <section className="fd-palette" aria-labelledby={`${helpId}-title`}>
      <h2 id={`${helpId}-title`} className="fd-panel-title">
        {t('palette.title')}
      </h2>
      <p id={helpId} className="fd-hint fd-palette__help">
        {t('palette.help')}
      </p>
      {paletteGroups.map(({ group, types }) => (
        <section key={group} className="fd-palette__group" aria-labelledby={`${helpId}-${group}`}>
          <h3 id={`${helpId}-${group}`} className="fd-palette__group-title">
            {t(`palette.groups.${group}`)}
          </h3>
          <ul className="fd-palette__list">
            {types.map((type) => (
              <PaletteItem key={type} type={type} describedBy={helpId} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
});
