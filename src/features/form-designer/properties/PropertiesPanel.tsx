import { memo, useLayoutEffect, useRef } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { locateField } from '../../../domain/form/fields';
import { useDesignedForm } from '../state/designedForm';
import { useDesigner } from '../state/designerStore';
import { TYPING_PAUSE_MS, useSettledValue } from '../../../ui/useSettledValue';
import { FieldProperties } from './FieldProperties';
import { PageProperties } from './PageProperties';

/** The properties of what is selected on the canvas; edits show on the canvas as typed. */
export const PropertiesPanel = memo(function PropertiesPanel() {
  const { t } = useTranslation('form');
  const selection = useDesigner((state) => state.selection);
  const form = useDesignedForm();
  // A field's parts that read the whole form (checks, conditions, dependencies) read it once
  // the keystroke's frame is drawn; the boxes being typed in follow the field as it is now.
  // Their handlers read the form as it is when they act.
  const settled = useSettledValue(form, TYPING_PAUSE_MS);
  const field =
    form && selection?.kind === 'field' ? locateField(form, selection.id)?.field : undefined;
  const page =
    form && selection?.kind === 'page' ? form.pages.find((p) => p.id === selection.id) : undefined;
  // Another field selected: its panel starts at the top, where its label and justification are.
  // A new panel is already at the top: setting it there would lay the page out once more.
  const panel = useRef<HTMLElement>(null);
  const selectedId = selection?.id;
  const shownId = useRef(selectedId);
  useLayoutEffect(() => {
    if (shownId.current === selectedId) return;
    shownId.current = selectedId;
    if (panel.current) panel.current.scrollTop = 0;
  }, [selectedId]);
  return (
    <section ref={panel} className="fd-properties" aria-labelledby="fd-properties-title">
      <h2 id="fd-properties-title" className="fd-panel-title">
        {t('properties.title')}
      </h2>
      {/* Its own form: outside one, Chromium's autofill reads every box and button of the
          page after each keystroke (~10 ms past a thousand rows); inside, only these. Nothing
          is submitted: every change applies as it is made. */}
      <form onSubmit={(event) => event.preventDefault()} noValidate>
        {settled && field ? (
          <FieldProperties form={settled} field={field} />
        ) : form && page ? (
          <PageProperties form={form} page={page} />
        ) : (
          <p className="fd-hint">{t('properties.none')}</p>
        )}
      </form>
    </section>
  );
});
