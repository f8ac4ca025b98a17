import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { newId } from '../../../domain/ids';
import {
  addOperation,
  planDefaultDeployment,
} from '../../../domain/going-further/operations/commands';
import { defaultDeployment } from '../../../domain/going-further/operations/defaults';
import {
  defaultActorKinds,
  defaultOperationKinds,
} from '../../../domain/going-further/operations/lists';
import { raciProblemText } from '../../../domain/going-further/operations/messages';
import { execute } from '../../../state/commands';
import { useProcessRoles } from '../useProcessRoles';
import { ActorsEditor } from './ActorsEditor';
import './i18n';
import './operations.css';
import { RaciChecks } from './RaciChecks';
import { RaciDocument } from './RaciDocument';
import { operationAnchor, RaciMatrix } from './RaciMatrix';
import { useRaci } from './useRaci';

/** Focuses a new operation's name once its row is drawn. */
function focusName(id: string) {
  requestAnimationFrame(() =>
    document.querySelector<HTMLInputElement>(`#${operationAnchor(id)} input`)?.focus(),
  );
}

/**
 * The deployment operations and their RACI: the default cycle proposed, then edited in one
 * matrix (names, letters, order), checked as it changes, and drafted as a document.
 */
export default function OperationsPart() {
  const { t } = useTranslation('goingFurther-operations');
  const { operations, actors, everyone, problems } = useRaci();
  const roles = useProcessRoles();
  const problemsByOperation = useMemo(() => {
    const texts = new Map<string, string[]>();
    for (const problem of problems)
      if ('operationId' in problem)
        texts.set(problem.operationId, [
          ...(texts.get(problem.operationId) ?? []),
          raciProblemText(problem, operations, everyone, { t }),
        ]);
    return new Map([...texts].map(([id, lines]) => [id, lines.join(' ')]));
  }, [problems, operations, everyone, t]);

  const propose = () =>
    execute(
      planDefaultDeployment({
        plan: defaultDeployment({
          operationNames: Object.fromEntries(
            defaultOperationKinds.map((kind) => [kind, t(`defaults.operations.${kind}`)]),
          ) as Record<(typeof defaultOperationKinds)[number], string>,
          actorNames: Object.fromEntries(
            defaultActorKinds.map((kind) => [kind, t(`defaults.actors.${kind}`)]),
          ) as Record<(typeof defaultActorKinds)[number], string>,
          reviewName: t('defaults.review'),
          processRoles: roles,
          existingActors: actors,
          newId,
        }),
      }),
    );

  const add = () => {
    const id = newId();
    if (execute(addOperation({ operation: { id, name: t('matrix.newName'), raci: {} } })))
      focusName(id);
  };

  return (
    <section className="raci-part" aria-labelledby="going-further-part">
      <h2 id="going-further-part">{t('title')}</h2>
      <p className="field__help">{t('intro')}</p>
      {operations.length === 0 ? (
        <div className="raci-part__empty">
          <p>{t('empty')}</p>
          <p className="field__help">{t('proposeHelp')}</p>
          <button type="button" className="button" onClick={propose}>
            {t('propose')}
          </button>
        </div>
      ) : (
        <>
          <RaciChecks problems={problems} operations={operations} actors={everyone} />
          <p className="raci__legend">{t('legend')}</p>
          <RaciMatrix
            operations={operations}
            actors={everyone}
            problemsByOperation={problemsByOperation}
          />
        </>
      )}
      <p>
        <button type="button" className="button button--secondary" onClick={add}>
          {t('matrix.add')}
        </button>
      </p>
      <ActorsEditor everyone={everyone} added={actors} />
      {operations.length > 0 && <RaciDocument operations={operations} actors={everyone} />}
    </section>
  );
}
