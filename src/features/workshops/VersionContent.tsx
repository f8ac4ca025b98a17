import { useEffect, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { ProcessElement } from '../../domain/process/graph';
import { readProcessGraph } from '../../domain/process/readGraph';
import type { PrototypeContent } from '../../domain/prototype/schema';
import { purposeItems } from '../../domain/purpose/items';

type Steps =
  { state: 'loading' } | { state: 'ready'; steps: ProcessElement[] } | { state: 'error' };

function useProcessSteps(xml: string): Steps {
  const [steps, setSteps] = useState<Steps & { xml?: string }>({ state: 'loading' });
  useEffect(() => {
    let cancelled = false;
    const read = xml.trim() === '' ? Promise.resolve(undefined) : readProcessGraph(xml);
    void read.then((result) => {
      if (cancelled) return;
      if (result && !result.ok) setSteps({ state: 'error', xml });
      else {
        const elements = result?.graph.elements ?? [];
        setSteps({ state: 'ready', xml, steps: elements.filter((e) => e.kind !== 'other') });
      }
    });
    return () => {
      cancelled = true;
    };
  }, [xml]);
  return steps.xml === xml ? steps : { state: 'loading' };
}

/** A prototype's content as a read-only summary, step by step. */
export function VersionContent({ content }: { content: PrototypeContent }) {
  const { t } = useTranslation('workshops');
  const steps = useProcessSteps(content.process.bpmnXml);
  const empty = <span className="version-view__empty">{t('content.empty')}</span>;
  return (
    <div className="version-content">
      <section aria-labelledby="content-purpose">
        <h2 id="content-purpose">{t('content.purpose')}</h2>
        <dl className="version-content__purpose">
          {purposeItems.map((item) => (
            <div key={item}>
              <dt>{t(`diff.properties.${item}`)}</dt>
              <dd>{content.purpose[item] || empty}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="content-form">
        <h2 id="content-form">{t('content.form')}</h2>
        {content.form.pages.map((page, index) => (
          <div key={page.id}>
            <h3>{t('content.page', { number: index + 1, title: page.title })}</h3>
            {page.fields.length === 0 ? (
              <p>{t('content.noFields')}</p>
            ) : (
              <ul>
                {page.fields.map((field) => (
                  <li key={field.id}>
                    {field.label || field.key}
                    {'required' in field &&
                      field.required === true &&
                      ` (${t('content.required')})`}
                    {field.fields && field.fields.length > 0 && (
                      <ul>
                        {field.fields.map((child) => (
                          <li key={child.id}>{child.label || child.key}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </section>
      <section aria-labelledby="content-process">
        <h2 id="content-process">{t('content.process')}</h2>
        {steps.state === 'error' && <p>{t('content.unreadableProcess')}</p>}
        {steps.state === 'ready' && steps.steps.length === 0 && <p>{t('content.noProcess')}</p>}
        {steps.state === 'ready' && steps.steps.length > 0 && (
          <ul>
            {steps.steps.map((step) => (
              <li key={step.id}>
                {step.name || step.id}
                {step.role && ` — ${step.role}`}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="content-statuses">
        <h2 id="content-statuses">{t('content.statuses')}</h2>
        {content.tracking.statuses.length === 0 ? (
          <p>{t('content.noStatuses')}</p>
        ) : (
          <ul>
            {content.tracking.statuses.map((status) => (
              <li key={status.id}>{status.label}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="content-exceptions">
        <h2 id="content-exceptions">{t('content.exceptions')}</h2>
        {content.exceptions.length === 0 ? (
          <p>{t('content.noExceptions')}</p>
        ) : (
          <ul>
            {content.exceptions.map((exception) => (
              <li key={exception.id}>{exception.title}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
