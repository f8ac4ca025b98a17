import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { Actor } from '../../../domain/going-further/operations/actors';
import { forgetActor } from '../../../domain/going-further/operations/commands';
import { raciProblemText } from '../../../domain/going-further/operations/messages';
import { isRaciWarning, type RaciProblem } from '../../../domain/going-further/operations/rules';
import type { Operation } from '../../../domain/going-further/operations/schema';
import { execute } from '../../../state/commands';
import { actorAnchor, operationAnchor } from './RaciMatrix';

function ProblemItem({
  problem,
  operations,
  actors,
}: {
  problem: RaciProblem;
  operations: readonly Operation[];
  actors: readonly Actor[];
}) {
  const { t } = useTranslation('goingFurther-operations');
  const text = raciProblemText(problem, operations, actors, { t });
  if (problem.kind === 'unknown-actor')
    return (
      <li>
        <a href={`#${operationAnchor(problem.operationId)}`}>{text}</a>{' '}
        <button
          type="button"
          className="button button--ghost button--small"
          onClick={() => execute(forgetActor({ actorId: problem.actorId }))}
        >
          {t('checks.forget', { actor: problem.actorId.slice(problem.actorId.indexOf(':') + 1) })}
        </button>
      </li>
    );
  const target =
    'operationId' in problem
      ? operationAnchor(problem.operationId)
      : actorAnchor(actors.findIndex((actor) => actor.id === problem.actorId));
  return (
    <li>
      <a href={`#${target}`}>{text}</a>
    </li>
  );
}

/** What the RACI check finds: errors to correct, then points to check, each linked to its place. */
export function RaciChecks({
  problems,
  operations,
  actors,
}: {
  problems: readonly RaciProblem[];
  operations: readonly Operation[];
  actors: readonly Actor[];
}) {
  const { t } = useTranslation('goingFurther-operations');
  const errors = problems.filter((problem) => !isRaciWarning(problem));
  const warnings = problems.filter(isRaciWarning);
  const list = (items: RaciProblem[]) => (
    <ul>
      {items.map((problem, index) => (
        <ProblemItem key={index} problem={problem} operations={operations} actors={actors} />
      ))}
    </ul>
  );
  return (
    <section className="raci-checks" aria-labelledby="raci-checks" aria-live="polite">
      <h3 id="raci-checks">{t('checks.title')}</h3>
      {problems.length === 0 && <p>{t('checks.none')}</p>}
      {errors.length > 0 && (
        <>
          <p className="raci-checks__errors">{t('checks.errors', { count: errors.length })}</p>
          {list(errors)}
        </>
      )}
      {warnings.length > 0 && (
        <>
          <p>{t('checks.warnings', { count: warnings.length })}</p>
          {list(warnings)}
        </>
      )}
    </section>
  );
}
