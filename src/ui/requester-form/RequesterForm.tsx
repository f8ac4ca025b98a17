import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch, type FieldValues } from 'react-hook-form';
import { useTranslation } from '../i18n/useTranslation';
import { evaluateForm } from '../../domain/form/evaluate';
import { findField } from '../../domain/form/fields';
import { formProblems, type LocatedProblem } from '../../domain/form/formProblems';
import type { Form, Page } from '../../domain/form/schema';
import { isContainer } from '../../domain/form/vocabulary';
import { isoDay } from '../../domain/form/values';
import { CheckAnswers } from './CheckAnswers';
import { domId, RendererContext } from './context';
import { ErrorSummary, type SummaryEntry } from './ErrorSummary';
import { FieldView } from './FieldView';
import { defaultAnswers, initialValues, pageAnswerNames } from './initialValues';
import { keepFocus } from './keepFocus';
import { useProblemMessage } from './problemMessage';
import { formResolver } from './resolver';
import './i18n';
import './requesterForm.css';
import { UnsafeIdNotice, unsafeField } from './UnsafeIdNotice';
import { useErrorTiming } from './useErrorTiming';

export interface RequesterFormProps {
  form: Form;
  /** Heading level of the form's own titles is h2; the page around it provides the h1. */
  title?: string;
  /** Answers to start from (by field id), over the form's default values. */
  initialAnswers?: Record<string, unknown>;
  /** Called with the answers of the shown fields, by field id, as they change. */
  onAnswersChange?: (answers: Record<string, unknown>) => void;
  /** Called with the answers of the shown fields, by field id, once the request is sent. */
  onSent?: (answers: Record<string, unknown>) => void;
}

type Step = { kind: 'page'; pageId: string } | { kind: 'check' } | { kind: 'sent' };

const today = () => isoDay(new Date());

/**
 * The form exactly as a requester gets it, on react-hook-form: page by page with a
 * progress indicator, required fields and validation messages from the domain's one
 * validator, conditions shown and hidden as answers change, repeatable groups, an error
 * summary linked to the boxes, and a "check your answers" page before sending.
 */
export function RequesterForm(props: RequesterFormProps) {
  const unsafe = unsafeField(props.form);
  return unsafe ? <UnsafeIdNotice field={unsafe} /> : <FormByPages {...props} />;
}

function FormByPages({ form, title, initialAnswers, onAnswersChange, onSent }: RequesterFormProps) {
  const { t } = useTranslation('requesterForm');
  const prefix = useId().replace(/:/g, '');
  const message = useProblemMessage();
  const resolver = useMemo(() => formResolver(form, today, message), [form, message]);
  const [defaults] = useState(() => ({ ...initialValues(form), ...initialAnswers }));
  // Errors show when useErrorTiming says, never by react-hook-form's own timing: a block just
  // added would show « obligatoire » on each of its empty boxes.
  const methods = useForm<FieldValues>({
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    resolver,
    defaultValues: defaults,
  });
  const errorTiming = useErrorTiming(methods);
  const values = useWatch({ control: methods.control }) as Record<string, unknown>;
  const evaluation = useMemo(() => evaluateForm(form, values), [form, values]);
  const [step, setStep] = useState<Step>(() => ({ kind: 'page', pageId: form.pages[0]?.id ?? '' }));
  /** The errors the summary lists, worded at each render from the form as it is then. */
  const [shownProblems, setShownProblems] = useState<LocatedProblem[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const renderer = useMemo(() => ({ idFor: (path: string) => domId(prefix, path) }), [prefix]);

  useEffect(() => onAnswersChange?.(evaluation.answers), [evaluation.answers, onAnswersChange]);

  // A default value changed in the designer shows at once; the other answers stay as typed.
  const defaultsNow = useMemo(() => defaultAnswers(form), [form]);
  const shownDefaults = useRef(defaultsNow);
  useEffect(() => {
    const before = shownDefaults.current;
    shownDefaults.current = defaultsNow;
    for (const id of new Set([...Object.keys(before), ...Object.keys(defaultsNow)])) {
      if (before[id] !== defaultsNow[id]) methods.setValue(id, defaultsNow[id]);
    }
  }, [defaultsNow, methods]);

  // A change of step moves focus to its heading, as a new page would; not on first display.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
  }, [step]);
  useEffect(() => {
    if (shownProblems.length > 0) summaryRef.current?.focus();
  }, [shownProblems]);

  const pages = evaluation.pages;
  const pageIndex = step.kind === 'page' ? pages.findIndex((page) => page.id === step.pageId) : -1;
  // The page shown may have been hidden by an answer, or deleted in the designer: take the nearest.
  const current: Page | undefined =
    step.kind === 'page' ? (pages[pageIndex] ?? pages[0]) : undefined;
  const currentIndex = current ? pages.indexOf(current) : -1;
  const pageTitle = useCallback(
    (page: Page) =>
      page.title.trim() || t('untitledPage', { number: form.pages.indexOf(page) + 1 }),
    [form.pages, t],
  );

  // Which box an error is about, in words: an identity or an address has several boxes, and a
  // repeatable group the same boxes in each block, so the field's label alone is ambiguous.
  const whereText = ({ field, problem, item }: LocatedProblem) => {
    const label = field.label.trim() || field.key;
    const part = problem.part
      ? t(problem.part === 'civility' ? 'civility.label' : `${field.type}.${problem.part}`)
      : undefined;
    const place = part ? t('summaryPart', { label, part }) : label;
    if (!item) return place;
    const itemLabel = item.group.itemLabel?.trim() || t('defaultItem');
    return t('summaryItem', {
      label: place,
      item: t('item', { label: itemLabel, number: item.index + 1 }),
    });
  };

  // A field renamed in the designer while the summary shows is named as it is now.
  const asNow = (located: LocatedProblem): LocatedProblem => ({
    ...located,
    field: findField(form, located.field.id) ?? located.field,
    item: located.item && {
      ...located.item,
      group: findField(form, located.item.group.id) ?? located.item.group,
    },
  });
  const summary: SummaryEntry[] = shownProblems.map((located) => ({
    target: renderer.idFor(located.path),
    text: t('summaryEntry', {
      where: whereText(asNow(located)),
      message: message(located.problem),
    }),
  }));

  const go = (next: Step) => {
    moved.current = true;
    setShownProblems([]);
    setStep(next);
  };

  const showProblems = (pageIds: ReadonlySet<string>) => {
    const problems = formProblems(form, methods.getValues(), today(), pageIds);
    if (problems.length === 0) return true;
    const firstPage = problems[0]!.pageId;
    if (step.kind !== 'page' || firstPage !== current?.id) {
      moved.current = true;
      setStep({ kind: 'page', pageId: firstPage });
    }
    const onPage = problems.filter((problem) => problem.pageId === firstPage);
    setShownProblems(onPage);
    return false;
  };

  const next = async () => {
    if (!current) return;
    await methods.trigger(pageAnswerNames(current));
    if (!showProblems(new Set([current.id]))) return;
    const following = pages[currentIndex + 1];
    go(following ? { kind: 'page', pageId: following.id } : { kind: 'check' });
  };

  const send = () =>
    methods.handleSubmit(
      (sent) => {
        go({ kind: 'sent' });
        onSent?.(evaluateForm(form, sent).answers);
      },
      () => showProblems(new Set(pages.map((page) => page.id))),
    )();

  const restart = () => {
    methods.reset(initialValues(form));
    errorTiming.forget();
    go({ kind: 'page', pageId: pages[0]?.id ?? '' });
  };

  return (
    <RendererContext.Provider value={renderer}>
      <FormProvider {...methods}>
        <form
          className="rf"
          noValidate
          aria-label={title}
          onChange={errorTiming.onChange}
          onBlur={errorTiming.onBlur}
          onSubmit={(event) => {
            event.preventDefault();
            if (step.kind === 'page') void next();
            else if (step.kind === 'check') void send();
          }}
        >
          {step.kind === 'page' && current && (
            <>
              <p className="rf-progress">
                <span className="rf-progress__step">
                  {t('progress', { current: currentIndex + 1, total: pages.length })}
                </span>
                <progress max={pages.length} value={currentIndex + 1} aria-hidden="true" />
                {pages[currentIndex + 1] && (
                  <span className="rf-progress__next">
                    {t('nextStep', { title: pageTitle(pages[currentIndex + 1]!) })}
                  </span>
                )}
              </p>
              <h2 ref={headingRef} tabIndex={-1} className="rf-title">
                {pageTitle(current)}
              </h2>
              {summary.length > 0 && <ErrorSummary ref={summaryRef} entries={summary} />}
              <p className="rf-help">{t('requiredNote')}</p>
              {current.fields.length === 0 && <p>{t('emptyForm')}</p>}
              {current.fields
                .filter((field) => evaluation.visible.has(field.id))
                .map((field) => (
                  <FieldView
                    key={field.id}
                    field={field}
                    path={field.id}
                    required={evaluation.required.has(field.id)}
                    state={isContainer(field.type) ? evaluation : undefined}
                  />
                ))}
              <div className="button-row rf-nav">
                {currentIndex > 0 && (
                  <button
                    type="button"
                    className="button button--secondary"
                    onMouseDown={keepFocus}
                    onClick={() => go({ kind: 'page', pageId: pages[currentIndex - 1]!.id })}
                  >
                    {t('previous')}
                  </button>
                )}
                <button type="submit" className="button" onMouseDown={keepFocus}>
                  {pages[currentIndex + 1] ? t('next') : t('toSummary')}
                </button>
              </div>
            </>
          )}
          {step.kind === 'check' && (
            <>
              <h2 ref={headingRef} tabIndex={-1} className="rf-title">
                {t('summaryTitle')}
              </h2>
              <CheckAnswers
                evaluation={evaluation}
                values={values}
                pageTitle={pageTitle}
                onChangePage={(pageId) => go({ kind: 'page', pageId })}
              />
              <div className="button-row rf-nav">
                <button type="submit" className="button">
                  {t('submit')}
                </button>
              </div>
            </>
          )}
          {step.kind === 'sent' && (
            <>
              <h2 ref={headingRef} tabIndex={-1} className="rf-title">
                {t('sentTitle')}
              </h2>
              <p>{t('sentBody')}</p>
              <button type="button" className="button button--secondary" onClick={restart}>
                {t('restart')}
              </button>
            </>
          )}
        </form>
      </FormProvider>
    </RendererContext.Provider>
  );
}
