import { useId, useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { FormEvaluation } from '../../../domain/form/evaluate';
import { allFields } from '../../../domain/form/fields';
import { isAnswerable } from '../../../domain/form/registry';
import type { Field, Form } from '../../../domain/form/schema';
import { isContainer } from '../../../domain/form/vocabulary';
import { domId, RendererContext } from '../../../ui/requester-form/context';
import { FieldView } from '../../../ui/requester-form/FieldView';
import { initialValues } from '../../../ui/requester-form/initialValues';
import { UnsafeIdNotice, unsafeField } from '../../../ui/requester-form/UnsafeIdNotice';
import { CommentTarget } from './comments';
import { conditionText } from './conditionText';

/** Every field shown, whatever the answers: the review sees all of them. */
function everyField(form: Form): FormEvaluation {
  const fields = allFields(form).map(({ field }) => field);
  return {
    pages: form.pages,
    visible: new Set(fields.map((field) => field.id)),
    required: new Set(fields.filter((field) => field.required).map((field) => field.id)),
    answers: {},
    typeOf: (id) => fields.find((field) => field.id === id)?.type,
  };
}

/**
 * The form as the requester sees it, every page and every field at once (the requester's
 * own renderer), each with why it is asked and when it shows, in words.
 */
export function FormView({ form }: { form: Form }) {
  const unsafe = unsafeField(form);
  return unsafe ? <UnsafeIdNotice field={unsafe} /> : <EveryPage form={form} />;
}

function EveryPage({ form }: { form: Form }) {
  const { t } = useTranslation('review');
  const prefix = useId().replace(/:/g, '');
  const [defaults] = useState(() => initialValues(form));
  const methods = useForm({ defaultValues: defaults });
  const evaluation = useMemo(() => everyField(form), [form]);
  const renderer = useMemo(() => ({ idFor: (path: string) => domId(prefix, path) }), [prefix]);
  return (
    <RendererContext.Provider value={renderer}>
      <FormProvider {...methods}>
        <div className="rf review-form">
          {form.pages.map((page, index) => (
            <section
              key={page.id}
              className="review-form__page"
              aria-labelledby={`${prefix}-${page.id}`}
            >
              <h3 id={`${prefix}-${page.id}`}>
                {t('form.page', {
                  number: index + 1,
                  title: page.title.trim() || t('form.untitledPage'),
                })}
              </h3>
              {page.visibleWhen && (
                <p className="review-note">
                  {t('form.pageShownWhen', { condition: conditionText(page.visibleWhen, form, t) })}
                </p>
              )}
              {page.fields.length === 0 && <p>{t('form.emptyPage')}</p>}
              {page.fields.map((field) => (
                <div key={field.id} className="review-form__field">
                  <FieldView
                    field={field}
                    path={field.id}
                    required={evaluation.required.has(field.id)}
                    state={isContainer(field.type) ? evaluation : undefined}
                  />
                  <FieldNotes field={field} form={form} />
                  {field.fields?.map((child) => (
                    <FieldNotes key={child.id} field={child} form={form} named />
                  ))}
                </div>
              ))}
            </section>
          ))}
        </div>
      </FormProvider>
    </RendererContext.Provider>
  );
}

/** Why a field is asked, when it shows, where its answer comes from; and the comments on it. */
function FieldNotes({ field, form, named }: { field: Field; form: Form; named?: boolean }) {
  const { t } = useTranslation('review');
  const label = field.label.trim() || field.key;
  const notes: string[] = [];
  if (isAnswerable(field.type)) {
    const reason = field.noJustificationReason?.trim();
    notes.push(
      field.justification?.trim()
        ? t('form.justification', { text: field.justification.trim() })
        : reason
          ? t('form.noJustificationNeeded', { text: reason })
          : t('form.unjustified'),
    );
  }
  if (field.visibleWhen) {
    notes.push(t('form.shownWhen', { condition: conditionText(field.visibleWhen, form, t) }));
  }
  if (field.requiredWhen) {
    notes.push(t('form.requiredWhen', { condition: conditionText(field.requiredWhen, form, t) }));
  }
  if (field.prefill) {
    notes.push(
      field.prefill.detail.trim()
        ? t('form.prefill', {
            source: t(`form.sources.${field.prefill.source}`),
            detail: field.prefill.detail.trim(),
          })
        : t('form.prefillNoDetail', { source: t(`form.sources.${field.prefill.source}`) }),
    );
  }
  return (
    <div className="review-notes">
      {notes.length > 0 && (
        <ul className="review-notes__list" aria-label={t('form.notesOn', { label })}>
          {notes.map((note) => (
            <li key={note}>{named ? `${label} — ${note}` : note}</li>
          ))}
        </ul>
      )}
      <CommentTarget step="form" target={{ kind: 'field', id: field.id }} label={label} />
    </div>
  );
}
