import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { describeProcess, type DescribedStep } from '../../domain/process/describe';
import { readProcessGraph } from '../../domain/process/readGraph';
import { useEditorStore } from '../../state/editorStore';
import { afterNextFrame } from '../../ui/afterNextFrame';
import { ConnectField } from './ConnectField';
import type { DiagramEditor } from './editor/types';

/**
 * The stored diagram read as steps, again each time it is saved: undefined while the first
 * read is under way, null when the diagram cannot be read.
 */
function useDescribedProcess(): DescribedStep[] | null | undefined {
  const xml = useEditorStore((state) => state.prototype?.process.bpmnXml ?? '');
  const [steps, setSteps] = useState<DescribedStep[] | null>();
  useEffect(() => {
    let cancelled = false;
    // After the frame that shows the diagram's change: reading the whole XML waits for it.
    const cancelRead = afterNextFrame(
      () =>
        void readProcessGraph(xml).then((read) => {
          if (!cancelled) setSteps(read.ok ? describeProcess(read.graph) : null);
        }),
    );
    return () => {
      cancelled = true;
      cancelRead();
    };
  }, [xml]);
  return steps;
}

/**
 * The process in words beside the diagram, for whoever cannot see it or use a mouse:
 * each step in order with who does it, its time limit and its ways out. « Modifier »
 * selects the step in the diagram and takes the focus to the panel that edits it (name,
 * role, time limit); « Ajouter une étape après » and « Relier à… » change the diagram
 * through bpmn-js, so the drawing follows and the app's undo takes them back.
 */
export function ProcessTextView({
  editor,
  onEdit,
  readOnly = false,
}: {
  editor?: DiagramEditor;
  onEdit: (id: string) => void;
  /** While someone else holds the shared diagram: the text reads, it does not change it. */
  readOnly?: boolean;
}) {
  const { t } = useTranslation('process');
  const headingId = useId();
  const steps = useDescribedProcess();
  const [connecting, setConnecting] = useState<string>();
  const addAfter = (id: string) => {
    const created = editor?.addStepAfter(id);
    // The new step is selected: its name box takes the focus, ready to be typed.
    if (created) onEdit(created);
  };
  const nameOf = (name: string, kind: string) => name || t(`text.unnamed.${kind}`);
  return (
    <section className="process-text" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('text.title')}</h2>
      {steps === undefined ? (
        <p>{t('text.reading')}</p>
      ) : steps === null ? (
        <p>{t('text.unreadable')}</p>
      ) : (
        <ol className="process-text__steps">
          {steps.map((step) => {
            const name = nameOf(step.name, step.kind);
            return (
              <li key={step.id}>
                <p>
                  <strong>{name}</strong>
                  {step.kind === 'task' &&
                    ` — ${step.role ? t('text.role', { role: step.role }) : t('text.noRole')}`}
                  {step.delayDays !== undefined &&
                    ` — ${t('text.delay', { count: step.delayDays })}`}
                </p>
                <Ways step={step} nameOf={nameOf} />
                <div className="process-text__actions">
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    onClick={() => onEdit(step.id)}
                  >
                    {t('text.edit', { name })}
                  </button>
                  {editor && !readOnly && step.kind !== 'end' && (
                    <>
                      <button
                        type="button"
                        className="button button--small button--secondary"
                        onClick={() => addAfter(step.id)}
                      >
                        {t('text.addAfter', { name })}
                      </button>
                      <button
                        type="button"
                        className="button button--small button--ghost"
                        aria-expanded={connecting === step.id}
                        onClick={() =>
                          setConnecting((open) => (open === step.id ? undefined : step.id))
                        }
                      >
                        {t('text.connect', { name })}
                      </button>
                    </>
                  )}
                </div>
                {editor && connecting === step.id && (
                  <ConnectField
                    editor={editor}
                    sourceId={step.id}
                    label={t('text.connectLabel', { name })}
                    emptyNote={t('text.noTargets', { name })}
                    autoFocus
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

function Ways({
  step,
  nameOf,
}: {
  step: DescribedStep;
  nameOf: (name: string, kind: string) => string;
}) {
  const { t } = useTranslation('process');
  if (step.ways.length === 0) {
    return step.kind === 'end' ? <p>{t('text.end')}</p> : <p>{t('text.deadEnd')}</p>;
  }
  const wayText = (way: DescribedStep['ways'][number]) => {
    const target = nameOf(way.targetName, way.targetKind);
    const text = way.condition
      ? t('text.wayIf', { condition: way.condition, target })
      : t('text.way', { target });
    return way.loop ? `${text} ${t('text.loop')}` : text;
  };
  const [only] = step.ways;
  if (step.split === 'next' && only) return <p>{wayText(only)}</p>;
  return (
    <>
      <p>{t(`text.split.${step.split}`, { count: step.ways.length })}</p>
      <ul>
        {step.ways.map((way) => (
          <li key={way.flowId}>{wayText(way)}</li>
        ))}
      </ul>
    </>
  );
}
