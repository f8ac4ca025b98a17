import { useTranslation } from '../../../ui/i18n/useTranslation';
import { useEditorStore } from '../../../state/editorStore';
import { useDesigner } from '../state/designerStore';

/**
 * What the designer is titled, and what its intro and preview say: the prototype's form,
 * a session's questionnaire (by its number and role) or the evaluation form.
 */
export function useSlotTitle(): { title: string; intro: string; preview: string } {
  const { t } = useTranslation('form');
  const slot = useDesigner((state) => state.slot);
  const session = useEditorStore((state) => {
    if (slot.kind !== 'questionnaire') return undefined;
    const sessions = state.prototype?.goingFurther?.adoption?.training?.sessions ?? [];
    const index = sessions.findIndex((candidate) => candidate.id === slot.sessionId);
    return index < 0 ? undefined : `${index + 1}\u0000${sessions[index]!.role}`;
  });
  switch (slot.kind) {
    case 'main':
      return { title: t('title'), intro: t('intro'), preview: t('preview.title') };
    case 'evaluation':
      return {
        title: t('slot.evaluation'),
        intro: t('slot.evaluationIntro'),
        preview: t('slot.previewEvaluation'),
      };
    case 'questionnaire': {
      const [number = '', role = ''] = session?.split('\u0000') ?? [];
      return {
        title: t('slot.questionnaire', { number, role: role.trim() || t('slot.noRole') }),
        intro: t('slot.questionnaireIntro'),
        preview: t('slot.previewQuestionnaire'),
      };
    }
  }
}
