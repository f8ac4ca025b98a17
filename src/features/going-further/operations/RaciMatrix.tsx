import { memo, useId } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { Actor } from '../../../domain/going-further/operations/actors';
import {
  moveOperation,
  removeOperation,
  renameOperation,
  setRaciLetter,
} from '../../../domain/going-further/operations/commands';
import { raciLetters, type RaciLetter } from '../../../domain/going-further/operations/lists';
import { actorLabel } from '../../../domain/going-further/operations/messages';
import type { Operation } from '../../../domain/going-further/operations/schema';
import { execute } from '../../../state/commands';

/** Where a check's message about an operation or an actor takes the reader. */
export const operationAnchor = (id: string) => `raci-op-${id}`;
export const actorAnchor = (index: number) => `raci-actor-${index}`;

interface RowProps {
  operation: Operation;
  index: number;
  count: number;
  actors: readonly Actor[];
  /** The check's messages about this operation, one per line; empty when it is right. */
  problems: string;
}

/** One operation: its name, a letter per actor, and moving or removing it. Re-renders alone. */
const RaciRow = memo(function RaciRow({ operation, index, count, actors, problems }: RowProps) {
  const { t } = useTranslation('goingFurther-operations');
  const problemsId = useId();
  const name = operation.name.trim() || t('operation', { number: index + 1 });
  return (
    <tr id={operationAnchor(operation.id)} className={problems ? 'raci__row--wrong' : undefined}>
      <th scope="row" className="raci__operation">
        <input
          type="text"
          className="raci__name"
          aria-label={t('matrix.name', { number: index + 1 })}
          aria-describedby={problems ? problemsId : undefined}
          aria-invalid={problems ? true : undefined}
          value={operation.name}
          maxLength={2000}
          onChange={(event) =>
            execute(renameOperation({ id: operation.id, name: event.target.value }))
          }
        />
        {problems && (
          <span id={problemsId} className="raci__problem">
            {problems}
          </span>
        )}
      </th>
      {actors.map((actor) => {
        const letter = operation.raci[actor.id];
        return (
          <td key={actor.id} className={letter ? `raci__cell raci__cell--${letter}` : 'raci__cell'}>
            <select
              aria-label={t('matrix.letter', { actor: actorLabel(actor, t), operation: name })}
              value={letter ?? ''}
              onChange={(event) =>
                execute(
                  setRaciLetter({
                    operationId: operation.id,
                    actorId: actor.id,
                    letter: (event.target.value || undefined) as RaciLetter | undefined,
                  }),
                )
              }
            >
              <option value="">{t('matrix.none')}</option>
              {raciLetters.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </td>
        );
      })}
      <td className="raci__actions">
        <button
          type="button"
          className="button button--ghost button--small"
          aria-label={t('matrix.moveUp', { operation: name })}
          disabled={index === 0}
          onClick={() => execute(moveOperation({ id: operation.id, to: index - 1 }))}
        >
          ↑
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          aria-label={t('matrix.moveDown', { operation: name })}
          disabled={index === count - 1}
          onClick={() => execute(moveOperation({ id: operation.id, to: index + 1 }))}
        >
          ↓
        </button>
        <button
          type="button"
          className="button button--ghost button--small"
          aria-label={t('matrix.remove', { operation: name })}
          onClick={() => execute(removeOperation({ id: operation.id }))}
        >
          ✕
        </button>
      </td>
    </tr>
  );
});

/**
 * The RACI as a table: an operation per row (its name editable), an actor per column, a
 * letter per cell. What the check finds about an operation is said in its row.
 */
export function RaciMatrix({
  operations,
  actors,
  problemsByOperation,
}: {
  operations: readonly Operation[];
  actors: readonly Actor[];
  problemsByOperation: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('goingFurther-operations');
  return (
    <div className="raci__scroll">
      <table className="raci">
        <caption>{t('matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('matrix.operation')}</th>
            {actors.map((actor, index) => (
              <th key={actor.id} scope="col" id={actorAnchor(index)} className="raci__actor">
                {actorLabel(actor, t)}
                <span className="raci__kind">{t(`matrix.kinds.${actor.kind}`)}</span>
              </th>
            ))}
            <th scope="col">{t('matrix.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {operations.map((operation, index) => (
            <RaciRow
              key={operation.id}
              operation={operation}
              index={index}
              count={operations.length}
              actors={actors}
              problems={problemsByOperation.get(operation.id) ?? ''}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
