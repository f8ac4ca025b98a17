import { useMemo } from 'react';
import { useEditorStore } from '../../state/editorStore';
import { useReadyMark } from '../../ui/perfMarks';
import { Announcer } from './Announcer';
import { analyzeForm } from './canvas/analysis';
import { Canvas } from './canvas/Canvas';
import { DesignerHeader } from './DesignerHeader';
import { DesignerDnd } from './dnd/DesignerDnd';
import { KeyboardMoveKeys } from './dnd/KeyboardMoveKeys';
import { Palette } from './palette/Palette';
import { PreviewPane } from './preview/PreviewPane';
import { PropertiesPanel } from './properties/PropertiesPanel';
import { useDesigner } from './state/designerStore';
import { useSelectionSync } from './useSelectionSync';
import '../../ui/requester-form/readinessMessages';
import './i18n';
import './designer.css';

/** Performance mark read by `npm run bench`: the designer is on screen, ready to edit. */
export const READY_MARK = 'fabrik:form-designer-ready';

/** Step 2: the form designer — palette, canvas, properties and live preview. */
export default function FormDesignerScreen() {
  const form = useEditorStore((state) => state.prototype?.form);
  const preview = useDesigner((state) => state.preview);
  const analysis = useMemo(() => form && analyzeForm(form), [form]);
  useSelectionSync();
  useReadyMark(READY_MARK);
  if (!form || !analysis) return null;
  return (
    <div className="fd">
      <DesignerHeader analysis={analysis} />
      <DesignerDnd>
        <div className={preview === 'side' ? 'fd-body fd-body--preview' : 'fd-body'}>
          <div className="fd-workspace">
            <Palette />
            <Canvas form={form} analysis={analysis} />
            <PropertiesPanel />
          </div>
          <PreviewPane />
        </div>
      </DesignerDnd>
      <KeyboardMoveKeys />
      <Announcer />
    </div>
  );
}
