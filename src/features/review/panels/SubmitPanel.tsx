import { useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { ReadinessIssue } from '../../../domain/readiness';
import {
  blockingIssues,
  declarationIds,
  type DeclarationId,
} from '../../../domain/review/checklist';
import type { ReviewRound } from '../../../domain/review/record';
import { statusOfRound } from '../../../domain/review/rounds';
import type { Participant } from '../../../domain/team/schema';
import { submitOpenPrototype } from '../../../state/review';
import { TextField } from '../../../ui/TextField';
import { useFileAction } from './useFileAction';
import { focusWhenShown } from '../../../ui/focusWhenShown';

interface SubmitPanelProps {
  issues: readonly ReadinessIssue[] | undefined;
  /** The last round, when it ended with changes requested or a rejection. */
  round?: ReviewRound;
  team: readonly Participant[];
  /** Number the next version will have, for its name. */
  nextRound: number;
}

/** The referent submits a frozen version once the checklist is clean and they have declared. */
export function SubmitPanel({ issues, round, team, nextRound }: SubmitPanelProps) {
  const { t } = useTranslation('review');
  const [by, setBy] = useState(() => team.find((person) => person.role === 'referent')?.name ?? '');
  const [declared, setDeclared] = useState<ReadonlySet<DeclarationId>>(new Set());
  const { busy, run } = useFileAction('review:submit.done');
  const blocking = issues ? blockingIssues(issues).length : undefined;
  const missing = declarationIds.filter((id) => !declared.has(id));
  const ready = blocking === 0 && missing.length === 0 && by.trim() !== '';

  const toggle = (id: DeclarationId, on: boolean) =>
    setDeclared((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const submit = () =>
    void run(() =>
      submitOpenPrototype({
        by,
        declarations: [...declared],
        versionName: t('submit.versionName', { number: nextRound }),
      }),
    ).then((done) => {
      if (!done) return;
      setDeclared(new Set());
      // The submission form gives way to the round it started: the focus follows.
      focusWhenShown('review-round-title');
    });

  return (
    <section className="review-panel" aria-labelledby="review-submit-title">
      <h2 id="review-submit-title">{t('submit.title')}</h2>
      {round && (
        <p className="banner banner--warning">
          {t(`submit.after.${statusOfRound(round) === 'rejected' ? 'rejected' : 'changes'}`, {
            number: round.version?.number ?? '?',
          })}
        </p>
      )}
      <p>{t('submit.intro')}</p>
      {blocking === undefined && <p role="status">{t('checklist.checking')}</p>}
      {blocking !== undefined && blocking > 0 && (
        <p className="banner banner--error">{t('submit.blocked', { count: blocking })}</p>
      )}
      <fieldset className="review-declarations">
        <legend>{t('submit.declarations')}</legend>
        {declarationIds.map((id) => (
          <label key={id} className="review-check">
            <input
              type="checkbox"
              checked={declared.has(id)}
              onChange={(event) => toggle(id, event.target.checked)}
            />
            {t(`declarations.${id}`)}
          </label>
        ))}
      </fieldset>
      <TextField label={t('submit.by')} help={t('submit.byHelp')} value={by} onChange={setBy} />
      <p className="review-note">{t('submit.what')}</p>
      <button type="button" className="button" disabled={!ready || busy} onClick={submit}>
        {t('submit.button')}
      </button>
      {!ready && blocking === 0 && <p className="review-note">{t('submit.confirmFirst')}</p>}
    </section>
  );
}
