import { useLayoutEffect, useMemo } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { Link, useSearch } from 'wouter';
import { parseSlotKey, sameSlot, slotKey } from '../../domain/going-further/adoption/formSlots';
import { useRevealRequest } from '../../state/selection';
import { useReadyMark } from '../../ui/perfMarks';
import { TYPING_PAUSE_MS, useSettledValue } from '../../ui/useSettledValue';
import { revealInDesigner } from './actions';
import { Announcer } from './Announcer';
import { analyzeFormFrom } from './canvas/analysis';
import { Canvas } from './canvas/Canvas';
import { DesignerHeader } from './DesignerHeader';
import { DesignerDnd } from './dnd/DesignerDnd';
import { KeyboardMoveKeys } from './dnd/KeyboardMoveKeys';
import { Palette } from './palette/Palette';
import { PreviewPane } from './preview/PreviewPane';
import { PropertiesPanel } from './properties/PropertiesPanel';
import { designSlot, useDesignedForm } from './state/designedForm';
import { useDesigner } from './state/designerStore';
import { SelectionSync } from './SelectionSync';
import '../../ui/requester-form/readinessMessages';
import './i18n';
import './designer.css';

/**
 * Performance mark read by `npm run bench`: the designer is on screen, ready to edit, with
 * the top of a long form drawn; its other rows follow (canvas/firstPass.ts).
 */
export const READY_MARK = 'fabrik:form-designer-ready';

/**
 * Everything that follows the document. It sits inside the drag context without
 * re-rendering it: a keystroke must not reach dnd-kit, whose hooks live in every row.
 */
function Workspace() {
  const { t } = useTranslation('form');
  const form = useDesignedForm();
  // What reads the whole form (its checks, the header's counts, the preview) follows once
  // the change is drawn: a keystroke's frame redraws its row and its box only.
  const settled = useSettledValue(form, TYPING_PAUSE_MS);
  const main = useDesigner((state) => state.slot.kind === 'main');
  const preview = useDesigner((state) => state.preview);
  const analysis = useMemo(() => settled && analyzeFormFrom(settled), [settled]);
  if (!form || !settled || !analysis)
    return main ? null : (
      <section className="page">
        <p className="banner banner--warning">{t('slot.missing')}</p>
        <Link href="/going-further">{t('slot.back')}</Link>
      </section>
    );
  return (
    <>
      <DesignerHeader analysis={analysis} />
      <div className={preview === 'side' ? 'fd-body fd-body--preview' : 'fd-body'}>
        <div className="fd-workspace">
          <Palette />
          <Canvas pages={form.pages} analysis={analysis} />
          <PropertiesPanel />
        </div>
        <PreviewPane form={settled} />
      </div>
    </>
  );
}

/** Shows the field or page a link points at, when the designer opens or while it is open. */
function RevealRequests(): null {
  useRevealRequest('form', ['field', 'page'], revealInDesigner);
  return null;
}

/**
 * Step 2: the form designer — palette, canvas, properties and live preview. The address's
 * `?form=` designs another form of the prototype with the same screens (a training
 * questionnaire, the evaluation form); the app's selection and the review's links concern
 * the prototype's own form only, so they are left out then.
 */
export default function FormDesignerScreen() {
  useReadyMark(READY_MARK);
  const wanted = parseSlotKey(new URLSearchParams(useSearch()).get('form'));
  const wantedKey = slotKey(wanted);
  const designing = useDesigner((state) => state.slot);
  useLayoutEffect(() => designSlot(parseSlotKey(wantedKey)), [wantedKey]);
  if (!sameSlot(designing, wanted)) return null;
  const main = wanted.kind === 'main';
  return (
    <div className="fd">
      <DesignerDnd>
        <Workspace />
      </DesignerDnd>
      <KeyboardMoveKeys />
      {main && <SelectionSync />}
      {main && <RevealRequests />}
      <Announcer />
    </div>
  );
}
