import { useMemo } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { evaluateForm } from '../../domain/form/evaluate';
import type { Form, Page } from '../../domain/form/schema';
import { CheckAnswers } from '../../ui/requester-form/CheckAnswers';

/** The request as the agents receive it: each page's answers, as the requester checked them. */
export function RequestAnswers({
  form,
  answers,
}: {
  form: Form;
  answers: Record<string, unknown>;
}) {
  const { t } = useTranslation('tryOut');
  const evaluation = useMemo(() => evaluateForm(form, answers), [form, answers]);
  const pageTitle = (page: Page) =>
    page.title.trim() || t('requesterForm:untitledPage', { number: form.pages.indexOf(page) + 1 });
  return (
    <details className="tryout-request">
      <summary>{t('agents.request')}</summary>
      <CheckAnswers evaluation={evaluation} values={answers} pageTitle={pageTitle} />
    </details>
  );
}
