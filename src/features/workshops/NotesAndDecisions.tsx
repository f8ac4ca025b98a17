import { useId, useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { newId } from '../../domain/ids';
import { addDecision, removeDecision, updateDecision } from '../../domain/workshops/agendaCommands';
import { setWorkshopNotes } from '../../domain/workshops/commands';
import type { Workshop } from '../../domain/workshops/schema';
import { execute } from '../../state/commands';
import { TextField } from '../../ui/TextField';

/** The running workshop's notes and the decisions taken, each decision on its own line. */
export function NotesAndDecisions({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const newDecisionId = useId();
  const [draft, setDraft] = useState('');
  const draftRef = useRef<HTMLInputElement>(null);
  const add = () => {
    if (draft.trim() === '') return;
    execute(
      addDecision({ workshopId: workshop.id, decision: { id: newId(), text: draft.trim() } }),
    );
    setDraft('');
    // The button is disabled once the draft is empty, which would drop the focus on the page
    // (where P switches presentation on): back to the box, ready for the next decision.
    draftRef.current?.focus();
  };
  return (
    <div className="notes">
      <TextField
        label={t('run.notes')}
        help={t('run.notesHelp')}
        value={workshop.notes}
        multiline
        rows={6}
        onChange={(notes) => execute(setWorkshopNotes({ id: workshop.id, notes }))}
      />
      <h3 className="notes__heading">{t('run.decisions')}</h3>
      {workshop.decisions.length === 0 && <p>{t('run.noDecision')}</p>}
      <ol className="notes__decisions">
        {workshop.decisions.map((decision, index) => (
          <li key={decision.id} className="notes__decision">
            <input
              type="text"
              aria-label={t('run.decision', { number: index + 1 })}
              value={decision.text}
              onChange={(event) =>
                execute(
                  updateDecision({
                    workshopId: workshop.id,
                    decisionId: decision.id,
                    text: event.target.value,
                  }),
                )
              }
            />
            <button
              type="button"
              className="button button--ghost button--small"
              aria-label={t('run.removeDecision', { number: index + 1 })}
              onClick={() =>
                execute(removeDecision({ workshopId: workshop.id, decisionId: decision.id }))
              }
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <form
        className="notes__add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <label htmlFor={newDecisionId} className="visually-hidden">
          {t('run.newDecision')}
        </label>
        <input
          ref={draftRef}
          id={newDecisionId}
          type="text"
          value={draft}
          placeholder={t('run.newDecision')}
          onChange={(event) => setDraft(event.target.value)}
        />
        <button type="submit" className="button button--secondary" disabled={draft.trim() === ''}>
          {t('run.addDecision')}
        </button>
      </form>
    </div>
  );
}
