import { useTranslation } from '../../../ui/i18n/useTranslation';
import { Link } from 'wouter';
import { bundleFileName } from '../../../domain/bundle/fileName';
import { formToJsonSchema } from '../../../domain/form/jsonSchema';
import { createEvaluationForm } from '../../../domain/going-further/adoption/commands';
import { slotKey } from '../../../domain/going-further/adoption/formSlots';
import {
  defaultEvaluationForm,
  questionsOf,
} from '../../../domain/going-further/adoption/questionnaire';
import { questionnaireWording } from '../../../domain/going-further/adoption/questionnaireWording';
import { newId } from '../../../domain/ids';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { downloadFile } from '../../../ui/download';
import { useAdoption, useDocumentLanguage } from './useAdoption';

/** The evaluation form alone, as JSON Schema, as the designer exports any form. */
function exportEvaluationForm(title: string) {
  const prototype = useEditorStore.getState().prototype;
  const form = prototype?.goingFurther?.adoption?.evaluationForm;
  if (!prototype || !form) return;
  const name = `${prototype.name} — ${title}`;
  const fileName = bundleFileName(name, new Date()).replace(/\.fabrik\.json$/, '.schema.json');
  downloadFile(
    fileName,
    `${JSON.stringify(formToJsonSchema(form, name), null, 2)}\n`,
    'application/schema+json',
  );
}

/**
 * The evaluation form for the target population: created with useful questions, built in
 * Fabrik's form designer, exported as JSON Schema like any form.
 */
export function EvaluationFormPart() {
  const { t } = useTranslation('goingFurther-adoption');
  const words = questionnaireWording[useDocumentLanguage()];
  const { evaluationForm } = useAdoption();
  const count = evaluationForm ? questionsOf(evaluationForm).length : 0;
  return (
    <section aria-labelledby="adoption-evaluation-form">
      <h3 id="adoption-evaluation-form">{t('evaluationForm.title')}</h3>
      <p className="field__help">{t('evaluationForm.help')}</p>
      {!evaluationForm ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            execute(createEvaluationForm({ form: defaultEvaluationForm(words, newId) }))
          }
        >
          {t('evaluationForm.create')}
        </button>
      ) : (
        <>
          {count === 0 ? (
            <p className="banner banner--warning">{t('evaluationForm.noQuestion')}</p>
          ) : (
            <p>{t('evaluationForm.questions', { count })}</p>
          )}
          <div className="button-row">
            <Link
              className="button button--secondary"
              href={`/form?${new URLSearchParams({ form: slotKey({ kind: 'evaluation' }) }).toString()}`}
            >
              {t('evaluationForm.open')}
            </Link>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => exportEvaluationForm(t('evaluationForm.title'))}
            >
              {t('evaluationForm.export')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
