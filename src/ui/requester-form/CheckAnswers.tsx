import { useTranslation } from '../i18n/useTranslation';
import type { FieldTypeOf } from '../../domain/form/conditions';
import { evaluateItem, type FormEvaluation } from '../../domain/form/evaluate';
import { isAnswerable } from '../../domain/form/registry';
import type { Field, Page } from '../../domain/form/schema';
import { answerText } from './answerText';

interface CheckAnswersProps {
  evaluation: FormEvaluation;
  values: Record<string, unknown>;
  pageTitle: (page: Page) => string;
  /** Offers to change each page's answers; without it the answers are read-only. */
  onChangePage?: (pageId: string) => void;
}

function Answers({
  fields,
  values,
  evaluation,
}: {
  fields: readonly Field[];
  values: Record<string, unknown>;
  evaluation: {
    visible: ReadonlySet<string>;
    answers: Record<string, unknown>;
    typeOf?: FieldTypeOf;
  };
}) {
  const { t, i18n } = useTranslation('requesterForm');
  const rows = fields.filter((field) => evaluation.visible.has(field.id));
  return (
    <dl className="rf-answers">
      {rows.map((field) => {
        if (field.type === 'section') {
          return (
            <div key={field.id} className="rf-answers__section">
              <dt className="rf-answers__heading">{field.label}</dt>
              <dd>
                <Answers fields={field.fields ?? []} values={values} evaluation={evaluation} />
              </dd>
            </div>
          );
        }
        if (field.type === 'group') {
          const items = Array.isArray(values[field.id]) ? (values[field.id] as unknown[]) : [];
          const itemLabel = field.itemLabel?.trim() || t('defaultItem');
          return (
            <div key={field.id} className="rf-answers__row">
              <dt>{field.label}</dt>
              <dd>
                {items.length === 0
                  ? t('noAnswer')
                  : items.map((item, index) => {
                      const state = evaluateItem(
                        field,
                        item,
                        evaluation.answers,
                        evaluation.typeOf,
                      );
                      return (
                        <div key={index} className="rf-answers__item">
                          <p className="rf-answers__heading">
                            {t('item', { label: itemLabel, number: index + 1 })}
                          </p>
                          <Answers
                            fields={field.fields ?? []}
                            values={(item ?? {}) as Record<string, unknown>}
                            evaluation={state}
                          />
                        </div>
                      );
                    })}
              </dd>
            </div>
          );
        }
        if (!isAnswerable(field.type)) return null;
        return (
          <div key={field.id} className="rf-answers__row">
            <dt>{field.label}</dt>
            <dd>{answerText(field, values[field.id], t, i18n.language)}</dd>
          </div>
        );
      })}
    </dl>
  );
}

/** "Check your answers": every shown page with its answers and a way back to change them. */
export function CheckAnswers({ evaluation, values, pageTitle, onChangePage }: CheckAnswersProps) {
  const { t } = useTranslation('requesterForm');
  return (
    <div className="rf-check">
      {evaluation.pages.map((page) => (
        <section key={page.id} className="rf-check__page" aria-label={pageTitle(page)}>
          <div className="rf-check__header">
            <h3>{pageTitle(page)}</h3>
            {onChangePage && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => onChangePage(page.id)}
                aria-label={t('changePage', { title: pageTitle(page) })}
              >
                {t('change')}
              </button>
            )}
          </div>
          <Answers fields={page.fields} values={values} evaluation={evaluation} />
        </section>
      ))}
    </div>
  );
}
