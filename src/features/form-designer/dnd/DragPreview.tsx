import { useTranslation } from '../../../ui/i18n/useTranslation';
import { locateField } from '../../../domain/form/fields';
import { fieldRegistry } from '../../../domain/form/registry';
import { useDesignedForm } from '../state/designedForm';
import { useDrag } from '../state/dragStore';

/** What follows the pointer during a drag: the type or the field being moved. */
export function DragPreview() {
  const { t } = useTranslation('form');
  const source = useDrag((state) => (state.mode === 'pointer' ? state.source : undefined));
  const form = useDesignedForm();
  const field =
    source?.kind === 'existing' && form ? locateField(form, source.id)?.field : undefined;
  if (!source) return null;
  const type = source.kind === 'new' ? source.type : field?.type;
  if (!type) return null;
  const label =
    source.kind === 'new' ? t(`types.${type}`) : field?.label.trim() || t(`types.${type}`);
  return (
    <div className="fd-drag-preview">
      <span className="fd-icon" aria-hidden="true">
        {fieldRegistry[type].icon}
      </span>
      {label}
    </div>
  );
}
