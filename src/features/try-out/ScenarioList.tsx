import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { captureException } from '../../domain/exceptions/commands';
import { newId } from '../../domain/ids';
import { removeScenario, renameScenario } from '../../domain/scenarios/commands';
import { exceptionContextOf } from '../../domain/scenarios/exception';
import type { Divergence, ReplayResult } from '../../domain/scenarios/replay';
import type { Scenario } from '../../domain/scenarios/schema';
import { execute, undoOfLastChange } from '../../state/commands';
import { notify } from '../../state/notifications';
import { ScenarioNameDialog } from './ScenarioNameDialog';
import { useDivergenceText } from '../../ui/scenarios/useDivergenceText';

interface ScenarioListProps {
  scenarios: readonly Scenario[];
  /** By scenario id; undefined while the process is being read. */
  results: ReadonlyMap<string, ReplayResult> | undefined;
  /** Opens the scenario in the try-out: where it diverges, or played through when it passes. */
  onOpen: (scenario: Scenario, divergence?: Divergence) => void;
}

/** The prototype's scenarios, each replayed: whether it passes, and where and why it fails. */
export function ScenarioList({ scenarios, results, onOpen }: ScenarioListProps) {
  const { t } = useTranslation('tryOut');
  const { t: tr } = useTranslation('scenarioResults');
  const text = useDivergenceText();
  const passing = scenarios.filter((s) => results?.get(s.id)?.outcome === 'pass').length;

  const noteException = (scenario: Scenario, divergence: Divergence) => {
    const title = t('scenarios.exceptionTitle', {
      name: scenario.name,
      reason: text.reason(divergence),
    });
    const done = execute(
      captureException({
        exception: {
          id: newId(),
          title,
          description: text.full(divergence),
          frequency: 'unknown',
          status: 'open',
          context: exceptionContextOf(divergence),
          createdAt: new Date().toISOString(),
        },
      }),
    );
    if (done) {
      notify({
        tone: 'success',
        messageKey: 'tryOut:scenarios.exceptionNoted',
        params: { title },
        timeoutMs: 6000,
      });
    }
  };

  const remove = (scenario: Scenario) => {
    if (!execute(removeScenario({ id: scenario.id }))) return;
    notify({
      tone: 'success',
      messageKey: 'tryOut:scenarios.removed',
      params: { name: scenario.name },
      timeoutMs: 6000,
      action: { labelKey: 'tryOut:scenarios.undo', run: undoOfLastChange() },
    });
  };

  return (
    <section className="tryout-scenarios" aria-labelledby="tryout-scenarios">
      <h2 id="tryout-scenarios">{t('scenarios.heading')}</h2>
      <p className="field__help">{t('scenarios.intro')}</p>
      {scenarios.length === 0 ? (
        <p>{t('scenarios.none')}</p>
      ) : results === undefined ? (
        <p role="status">{t('scenarios.replaying')}</p>
      ) : (
        <>
          <p role="status">{tr('summary', { passing, count: scenarios.length })}</p>
          <ul className="tryout-scenarios__list" aria-labelledby="tryout-scenarios">
            {scenarios.map((scenario) => {
              const result = results.get(scenario.id);
              const divergence = result?.outcome === 'fail' ? result.divergence : undefined;
              return (
                <ScenarioItem
                  key={scenario.id}
                  scenario={scenario}
                  divergence={divergence}
                  reason={divergence && text.full(divergence)}
                  onOpen={() => onOpen(scenario, divergence)}
                  onException={divergence && (() => noteException(scenario, divergence))}
                  onRemove={() => remove(scenario)}
                />
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

function ScenarioItem({
  scenario,
  divergence,
  reason,
  onOpen,
  onException,
  onRemove,
}: {
  scenario: Scenario;
  divergence: Divergence | undefined;
  reason: string | undefined;
  onOpen: () => void;
  onException: (() => void) | undefined;
  onRemove: () => void;
}) {
  const { t } = useTranslation('tryOut');
  const { t: tr } = useTranslation('scenarioResults');
  const [renaming, setRenaming] = useState(false);
  const name = scenario.name;
  return (
    <li className={`tryout-scenario${divergence ? ' tryout-scenario--fails' : ''}`}>
      <h3 className="tryout-scenario__name">{name}</h3>
      <p className="tryout-scenario__result">
        <strong>{divergence ? tr('fails') : tr('passes')}</strong>
        {reason && <span> — {reason}</span>}
      </p>
      {renaming && (
        <ScenarioNameDialog
          title={t('scenarios.rename', { name })}
          submitLabel={t('scenarios.renameConfirm')}
          initial={name}
          onSubmit={(next) => {
            // The dialog refuses a blank name and its box a long one: the command takes it.
            execute(renameScenario({ id: scenario.id, name: next }));
            return true;
          }}
          onClose={() => setRenaming(false)}
        />
      )}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onOpen}>
          {t(divergence ? 'scenarios.openAtDivergence' : 'scenarios.open', { name })}
        </button>
        {onException && (
          <button type="button" className="button button--secondary" onClick={onException}>
            {t('scenarios.toException', { name })}
          </button>
        )}
        <button
          type="button"
          className="button button--secondary"
          onClick={() => setRenaming(true)}
        >
          {t('scenarios.rename', { name })}
        </button>
        <button type="button" className="button button--secondary" onClick={onRemove}>
          {t('scenarios.remove', { name })}
        </button>
      </div>
    </li>
  );
}
