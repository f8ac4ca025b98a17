import { useId } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { exceptionDecisions, type PrototypeException } from '../../domain/exceptions/schema';
import { voteOnException } from '../../domain/live/exceptionVoteCommands';
import { exceptionVoteId, voteTally, type ExceptionVote } from '../../domain/live/exceptionVotes';
import { canComment } from '../../domain/live/roles';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { useLiveSession } from '../../state/liveSession';
import { loadParticipant } from '../../storage/liveLinks';

const noVotes: ExceptionVote[] = [];

/**
 * The workshop's say on what to decide for an exception: in a live workshop everyone but
 * viewers gives one choice, which they can change or withdraw; the tally stays with the
 * prototype (versions, review dossier) once the workshop is over.
 */
export function ExceptionVotes({ exception }: { exception: PrototypeException }) {
  const { t } = useTranslation('exceptions');
  const headingId = useId();
  const helpId = useId();
  const votes = useEditorStore((state) => state.prototype?.exceptionVotes ?? noVotes);
  const role = useLiveSession((state) => state.role);
  const me = loadParticipant();
  const mayVote = role !== undefined && canComment(role) && me !== undefined;
  const mine = me && votes.find((vote) => vote.id === exceptionVoteId(exception.id, me.id));
  const tally = voteTally(votes, exception.id);
  if (!mayVote && tally.length === 0) return null;
  const countOf = (choice: string) => tally.find((item) => item.choice === choice)?.count ?? 0;
  return (
    <section className="exception-votes" aria-labelledby={headingId}>
      <h3 id={headingId} className="exception-votes__title">
        {t('votes.title')}
      </h3>
      {mayVote ? (
        <>
          <p id={helpId} className="field__help">
            {t('votes.help')}
          </p>
          <div
            className="button-row"
            role="group"
            aria-labelledby={headingId}
            aria-describedby={helpId}
          >
            {exceptionDecisions.map((choice) => (
              <button
                key={choice}
                type="button"
                className="button button--ghost button--small"
                aria-pressed={mine?.choice === choice}
                onClick={() =>
                  execute(
                    voteOnException({
                      exceptionId: exception.id,
                      voter: { id: me.id, name: me.name || '?' },
                      choice,
                      at: new Date().toISOString(),
                    }),
                  )
                }
              >
                {t('votes.choice', { choice: t(`decision.${choice}`), count: countOf(choice) })}
              </button>
            ))}
          </div>
        </>
      ) : (
        <ul className="exception-votes__tally">
          {tally.map(({ choice, count }) => (
            <li key={choice}>{t('votes.choice', { choice: t(`decision.${choice}`), count })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
