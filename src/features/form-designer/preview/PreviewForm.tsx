import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { Form } from '../../../domain/form/schema';
import type { FormSlot } from '../../../domain/going-further/adoption/formSlots';
import { setPreviewAnswers, usePreviewAnswers } from '../../../state/previewAnswers';
import { preload, useLoaded } from '../../../ui/useLoaded';
import type { TypedAnswers } from './QuestionnaireAnswering';

/*
 * The requester's form brings react-hook-form and every answer field: the designer, whose
 * preview is hidden by default, is shown without waiting for them.
 */
const loadPreviewForms = () => import('./previewForms');

/** Starts loading what the preview draws, ahead of need. */
export const preloadPreviewForms = () => void preload(loadPreviewForms);

/** The form the preview shows, for the slot being designed. */
export function PreviewForm({
  form,
  slot,
  name,
  title,
  typed,
}: {
  form: Form;
  slot: FormSlot;
  /** The prototype's name: the title of its own form. */
  name: string;
  /** The title of a questionnaire or of the evaluation form. */
  title: string;
  typed: TypedAnswers;
}) {
  const { t } = useTranslation('form');
  const forms = useLoaded(loadPreviewForms);
  if (!forms) return <p className="fd-preview__loading">{t('preview.loading')}</p>;
  const { QuestionnaireAnswering, RequesterForm } = forms;
  return slot.kind === 'main' ? (
    <RequesterForm
      form={form}
      title={name}
      initialAnswers={usePreviewAnswers.getState().answers}
      onAnswersChange={setPreviewAnswers}
    />
  ) : slot.kind === 'questionnaire' ? (
    // Only the prototype's form gives sample answers to the messages.
    <QuestionnaireAnswering form={form} sessionId={slot.sessionId} title={title} typed={typed} />
  ) : (
    <RequesterForm
      form={form}
      title={title}
      initialAnswers={typed.get()}
      onAnswersChange={typed.set}
    />
  );
}
