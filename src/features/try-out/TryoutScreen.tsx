import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { sampleAnswers } from '../../domain/form/sampleAnswer';
import { isoDay } from '../../domain/form/values';
import { answersOn, replayUpTo, type Divergence } from '../../domain/scenarios/replay';
import type { Scenario } from '../../domain/scenarios/schema';
import { notify } from '../../state/notifications';
import { workingDaysFrom } from '../../domain/tracking/workingDays';
import { confirmFieldLabel } from '../../domain/tracking/formFields';
import type { Prototype } from '../../domain/prototype/schema';
import { useEditorStore } from '../../state/editorStore';
import { useReadProcessGraph } from '../../state/processGraph';
import { setTryingOut } from '../../state/selection';
import type { TryoutRow } from '../../storage/db';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { RequesterForm } from '../../ui/requester-form/RequesterForm';
import { TrackingPage } from '../../ui/tracking-page/TrackingPage';
import { AgentsPanel } from './AgentsPanel';
import { SaveScenarioButton } from './SaveScenarioButton';
import { ScenarioCoverage } from './ScenarioCoverage';
import { ScenarioList } from './ScenarioList';
import { StartChoice, useStartChoice, type StartChoiceState } from './StartChoice';
import { UnreadableTryout } from './UnreadableTryout';
import { useRunValues } from './useRunValues';
import { useScenarioCoverage } from './useScenarioCoverage';
import { useScenarioResults } from './useScenarioResults';
import { useTryout } from './useTryout';
import './i18n';
import './tryout.css';

/**
 * The try-out: a request played end to end. The requester fills in the real form; then
 * the agents move it through the process, and the requester's tracking page and messages
 * follow. It is stored apart from the prototype, which it never changes.
 */
export default function TryoutScreen() {
  const { t } = useTranslation('tryOut');
  const prototype = useEditorStore((state) => state.prototype);
  const process = useReadProcessGraph();
  const tryout = useTryout(prototype?.id ?? '');
  const start = useStartChoice(process.shown);
  const [justSent, setJustSent] = useState(false);
  const formHeading = useRef<HTMLHeadingElement>(null);
  const restarted = useRef(false);
  // Answers the form starts from (a scenario's, or samples), and a key to start it again.
  const [prefill, setPrefill] = useState<{ answers: Record<string, unknown>; key: number }>();
  // Where focus goes once a scenario is opened, when what shows it is on screen.
  const focusTo = useRef<string>(undefined);
  const hasRow = tryout.state === 'ready' && tryout.row !== undefined;
  useEffect(() => {
    if (hasRow || !restarted.current) return;
    restarted.current = false;
    formHeading.current?.focus();
  }, [hasRow]);
  // An exception noted from here is filed under the try-out, where it was seen.
  useEffect(() => {
    setTryingOut(true);
    return () => setTryingOut(false);
  }, []);
  useEffect(() => {
    const target = focusTo.current && document.getElementById(focusTo.current);
    if (!target) return;
    target.focus();
    focusTo.current = undefined;
  });
  const results = useScenarioResults(prototype, process);
  const coverage = useScenarioCoverage(prototype, process);
  if (!prototype) return null;
  const scenarios = prototype.scenarios ?? [];

  const fillForm = (answers: Record<string, unknown>) =>
    setPrefill((previous) => ({ answers, key: (previous?.key ?? 0) + 1 }));
  const openScenario = (scenario: Scenario, divergence?: Divergence) => {
    const answers = answersOn(scenario, prototype.form);
    // Saved again from here, it keeps the start event it came through.
    if (scenario.startId) start.choose(scenario.startId);
    if (divergence && divergence.actionIndex === undefined) {
      // It diverges in the form: the requester's answers go back into it, to see what no longer holds.
      fillForm(answers);
      if (hasRow) tryout.restart();
      focusTo.current = 'tryout-requester';
    } else {
      if (!process.graph) return;
      const played = replayUpTo(scenario, process.graph, divergence?.actionIndex);
      tryout.open(answers, prototype.tracking.code, played);
      setJustSent(false);
      focusTo.current = 'tryout-todo';
    }
    notify({
      tone: 'info',
      messageKey: 'tryOut:scenarios.opened',
      params: { name: scenario.name },
      timeoutMs: 4000,
    });
  };

  return (
    <div className="page tryout">
      <h1>{t('title')}</h1>
      <p className="page__intro">{t('intro')}</p>
      {tryout.state === 'loading' && <p role="status">{t('loading')}</p>}
      {tryout.state === 'ready' && tryout.unreadable && (
        <UnreadableTryout raw={tryout.unreadable.raw} name={prototype.name} />
      )}
      {tryout.state === 'ready' && !tryout.row && (
        <section aria-labelledby="tryout-requester" className="tryout__form">
          <h2 id="tryout-requester" ref={formHeading} tabIndex={-1}>
            {t('requester.heading')}
          </h2>
          {process.state === 'empty' && <p className="banner">{t('requester.noProcess')}</p>}
          <StartChoice starts={start.starts} chosenId={start.chosenId} onChoose={start.choose} />
          <div className="tryout__quick-fill">
            <button
              type="button"
              className="button button--secondary"
              aria-describedby="tryout-quick-fill-help"
              onClick={() => fillForm(sampleAnswers(prototype.form, { today: isoDay(new Date()) }))}
            >
              {t('quickFill')}
            </button>
            <p id="tryout-quick-fill-help" className="field__help">
              {t('quickFillHelp')}
            </p>
          </div>
          <RequesterForm
            key={prefill?.key ?? 0}
            initialAnswers={prefill?.answers}
            form={prototype.form}
            title={t('requester.formTitle')}
            onSent={(answers) => {
              setJustSent(true);
              tryout.start(answers, process.graph, prototype.tracking.code, start.chosenId);
            }}
          />
        </section>
      )}
      {tryout.state === 'ready' && tryout.row && (
        <RunView
          prototype={prototype}
          row={tryout.row}
          process={process}
          start={start}
          justSent={justSent}
          canUndo={tryout.canUndo}
          act={tryout.act}
          undo={tryout.undo}
          restart={() => {
            restarted.current = true;
            setJustSent(false);
            setPrefill(undefined);
            tryout.restart();
          }}
        />
      )}
      <ScenarioList scenarios={scenarios} results={results} onOpen={openScenario} />
      {scenarios.length > 0 && coverage && (
        <ScenarioCoverage coverage={coverage} xml={process.xml} graph={process.graph} />
      )}
    </div>
  );
}

function RunView({
  prototype,
  row,
  process,
  start,
  justSent,
  canUndo,
  act,
  undo,
  restart,
}: {
  prototype: Prototype;
  row: TryoutRow;
  process: ReturnType<typeof useReadProcessGraph>;
  /** The start event chosen: the request came through it, or will when it could not start. */
  start: StartChoiceState;
  /** The form was just sent and went away: focus goes to what the requester got. */
  justSent: boolean;
  canUndo: boolean;
  act: ReturnType<typeof useTryout>['act'];
  undo: () => void;
  restart: () => void;
}) {
  const { t } = useTranslation('tryOut');
  const [confirming, setConfirming] = useState(false);
  const sentRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (justSent) sentRef.current?.focus();
  }, [justSent]);
  const { tracking } = prototype;
  const { values, submissionDate, formatDate } = useRunValues(
    prototype.form,
    row,
    tracking.commitment.days,
  );
  const after = useMemo(() => workingDaysFrom(submissionDate), [submissionDate]);
  const dateAt = (day: number) => formatDate(after(day));
  return (
    <>
      <div className="tryout__bar">
        <p ref={sentRef} tabIndex={-1}>
          {t('run.sentAt', { date: formatDate(submissionDate), code: row.code })}
        </p>
        <div className="button-row">
          <SaveScenarioButton form={prototype.form} row={row} startId={start.chosenId} />
          <button
            type="button"
            className="button button--secondary"
            disabled={!canUndo}
            onClick={() => {
              // The button turns off after the last undo: focus goes on to what there is to do.
              if (row.earlier.length <= 1) document.getElementById('tryout-todo')?.focus();
              undo();
            }}
          >
            {t('run.undo')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirming(true)}
          >
            {t('run.restart')}
          </button>
        </div>
      </div>
      <div className="tryout__sides">
        <AgentsPanel
          process={process}
          run={row.run}
          form={prototype.form}
          answers={row.answers}
          statuses={tracking.statuses}
          dateAt={dateAt}
          start={start}
          act={act}
        />
        <section className="tryout-panel" aria-labelledby="tryout-requester-side">
          <h2 id="tryout-requester-side">{t('requesterSide.heading')}</h2>
          <p className="field__help">{t('requesterSide.help')}</p>
          <TrackingPage
            tracking={tracking}
            serviceName={prototype.name}
            confirmLabel={confirmFieldLabel(prototype)}
            stops={row.run.stops}
            reached={row.run.stops.length - 1}
            values={values}
            submissionDate={submissionDate}
            formatDate={formatDate}
          />
        </section>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('run.restartTitle')}
        message={t('run.restartMessage')}
        confirmLabel={t('run.restartConfirm')}
        danger
        onConfirm={() => {
          setConfirming(false);
          restart();
        }}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
