import { useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { useEditorStore } from '../../../state/editorStore';

export interface Picture {
  svg: string;
  alt: string;
}

interface DiagramPictureProps {
  role: string;
  stepIds: string[];
  stepNames: string[];
  picture: Picture | null;
  onPicture: (picture: Picture) => void;
}

/**
 * Adds the process diagram to a role's guide, its steps outlined. bpmn-js is loaded only
 * when asked for, so the guide opens without it; a failure leaves the guide whole.
 */
export function DiagramPicture({
  role,
  stepIds,
  stepNames,
  picture,
  onPicture,
}: DiagramPictureProps) {
  const { t } = useTranslation('goingFurther-adoption');
  const xml = useEditorStore((state) => state.prototype?.process.bpmnXml ?? '');
  const [state, setState] = useState<{ busy: boolean; problem?: string }>({ busy: false });
  const draw = async () => {
    setState({ busy: true });
    try {
      const { diagramSvg } = await import('../../../ui/diagram/diagramSvg');
      const svg = await diagramSvg(xml, stepIds);
      onPicture({ svg, alt: t('guides.diagramAlt', { role, steps: stepNames.join(', ') }) });
      setState({ busy: false });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setState({ busy: false, problem: t('guides.diagramFailed', { message }) });
    }
  };
  if (picture) return null;
  return (
    <div className="adoption__diagram">
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void draw()}
        disabled={state.busy}
        aria-busy={state.busy}
      >
        {state.busy ? t('guides.diagramBusy') : t('guides.showDiagram')}
      </button>
      {state.problem && (
        <p className="banner banner--error" role="alert">
          {state.problem}
        </p>
      )}
    </div>
  );
}
