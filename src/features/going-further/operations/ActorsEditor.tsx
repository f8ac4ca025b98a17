import { useTranslation } from '../../../ui/i18n/useTranslation';
import { newId } from '../../../domain/ids';
import { newAddedActorId, type Actor } from '../../../domain/going-further/operations/actors';
import {
  addActor,
  removeActor,
  renameActor,
} from '../../../domain/going-further/operations/commands';
import { defaultActorKinds } from '../../../domain/going-further/operations/lists';
import { actorLabel } from '../../../domain/going-further/operations/messages';
import type { AddedActor } from '../../../domain/going-further/operations/schema';
import { execute } from '../../../state/commands';
import { TextField } from '../../../ui/TextField';

const add = (name: string) => execute(addActor({ actor: { id: newAddedActorId(newId()), name } }));

function Names({ title, actors, none }: { title: string; actors: Actor[]; none: string }) {
  const { t } = useTranslation('goingFurther-operations');
  return (
    <div>
      <h4>{title}</h4>
      {actors.length === 0 ? (
        <p className="field__help">{none}</p>
      ) : (
        <ul>
          {actors.map((actor) => (
            <li key={actor.id}>{actorLabel(actor, t)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The actors of the RACI: the team and the process roles as the prototype has them, and
 * the deployment's other actors, named here, with the usual ones proposed.
 */
export function ActorsEditor({
  everyone,
  added,
}: {
  everyone: readonly Actor[];
  added: readonly AddedActor[];
}) {
  const { t } = useTranslation('goingFurther-operations');
  const taken = new Set(added.map((actor) => actor.name.trim().toLocaleLowerCase()));
  const suggestions = defaultActorKinds
    .map((kind) => t(`defaults.actors.${kind}`))
    .filter((name) => !taken.has(name.toLocaleLowerCase()));
  return (
    <section className="raci-actors" aria-labelledby="raci-actors">
      <h3 id="raci-actors">{t('actors.title')}</h3>
      <p className="field__help">{t('actors.intro')}</p>
      <div className="raci-actors__columns">
        <Names
          title={t('actors.team')}
          actors={everyone.filter((actor) => actor.kind === 'member')}
          none={t('actors.noTeam')}
        />
        <Names
          title={t('actors.roles')}
          actors={everyone.filter((actor) => actor.kind === 'role')}
          none={t('actors.noRoles')}
        />
      </div>
      <h4>{t('actors.added')}</h4>
      {added.length === 0 && <p className="field__help">{t('actors.noAdded')}</p>}
      {added.map((actor, index) => (
        <div key={actor.id} className="raci-actors__row">
          <TextField
            label={`${t('actors.name')} ${index + 1}`}
            value={actor.name}
            maxLength={2000}
            onChange={(name) => execute(renameActor({ id: actor.id, name }))}
          />
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => execute(removeActor({ id: actor.id }))}
          >
            {t('actors.remove', { actor: actor.name.trim() || t('actors.unnamed.added') })}
          </button>
        </div>
      ))}
      <p className="raci-actors__add">
        {suggestions.map((name) => (
          <button
            key={name}
            type="button"
            className="button button--secondary button--small"
            onClick={() => add(name)}
          >
            {t('actors.suggest', { actor: name })}
          </button>
        ))}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => add('')}
        >
          {t('actors.add')}
        </button>
      </p>
    </section>
  );
}
