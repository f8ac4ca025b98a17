import { useId } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { updateStatus, type StatusPatch } from '../../../domain/tracking/commands/statuses';
import { faintBadgeContrast } from '../../../domain/tracking/contrast';
import { stepName, stepsSetting } from '../../../domain/tracking/mapping';
import { execute } from '../../../state/commands';
import { useEditorStore } from '../../../state/editorStore';
import { TextField } from '../../../ui/TextField';
import { TimeLimitNotice } from '../consistency/TimeLimitNotice';
import { useStaleWordings } from '../consistency/useStaleWordings';
import { useTimeLimitProblems } from '../consistency/useTimeLimitProblems';
import { WordingNotice } from '../consistency/WordingNotice';
import { DaysField } from '../DaysField';
import { useReadProcess } from '../useReadProcess';
import { DeleteStatusButton } from './DeleteStatusButton';

function Checkbox({
  label,
  help,
  checked,
  onChange,
}: {
  label: string;
  help?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="checkbox">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={help ? `${id}-help` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {help && (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      )}
    </div>
  );
}

/** Everything about one status, and the steps that set it. */
export function StatusEditor({ statusId, autoFocus }: { statusId: string; autoFocus?: boolean }) {
  const { t, i18n } = useTranslation('tracking');
  const colorId = useId();
  const status = useEditorStore((state) =>
    state.prototype?.tracking.statuses.find((candidate) => candidate.id === statusId),
  );
  const { shown: graph } = useReadProcess();
  const stale = useStaleWordings().find((item) => item.status.id === statusId);
  const limitProblem = useTimeLimitProblems().find((item) => item.status.id === statusId);
  if (!status) return null;
  const change = (patch: StatusPatch) => execute(updateStatus({ statusId, patch }));
  const setters = graph ? stepsSetting(graph, statusId) : [];
  const label = status.label.trim() || t('statuses.untitled');
  const faint = faintBadgeContrast(status.color);
  return (
    <section className="status-editor" aria-labelledby={`${colorId}-heading`}>
      <h3 id={`${colorId}-heading`}>{t('statuses.editor.heading', { label })}</h3>
      <TextField
        label={t('statuses.editor.label')}
        help={t('statuses.editor.labelHelp')}
        value={status.label}
        onChange={(value) => change({ label: value })}
        autoFocus={autoFocus}
        maxLength={80}
      />
      {stale && (
        <p className="banner banner--warning">
          <WordingNotice stale={stale} />
        </p>
      )}
      <div className="field field--inline">
        <label htmlFor={colorId} className="field__label">
          {t('statuses.editor.color')}
        </label>
        <input
          id={colorId}
          type="color"
          value={status.color}
          aria-describedby={faint === undefined ? undefined : `${colorId}-faint`}
          onChange={(event) => change({ color: event.target.value })}
        />
      </div>
      {faint !== undefined && (
        <p id={`${colorId}-faint`} className="banner banner--warning">
          {t('statuses.editor.colorFaint', {
            ratio: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(faint),
          })}
        </p>
      )}
      <Checkbox
        label={t('statuses.editor.visible')}
        help={t('statuses.editor.visibleHelp')}
        checked={status.visibleToRequester}
        onChange={(visibleToRequester) => change({ visibleToRequester })}
      />
      <Checkbox
        label={t('statuses.editor.final')}
        checked={status.final}
        onChange={(final) => change({ final })}
      />
      <Checkbox
        label={t('statuses.editor.waits')}
        help={t('statuses.editor.waitsHelp')}
        checked={status.waitsForRequester}
        onChange={(waitsForRequester) => change({ waitsForRequester })}
      />
      <DaysField
        label={t('statuses.editor.timeLimit')}
        help={t('statuses.editor.timeLimitHelp')}
        value={status.timeLimitDays}
        onChange={(timeLimitDays) => change({ timeLimitDays })}
        problem={limitProblem && <TimeLimitNotice problem={limitProblem} />}
      />
      <TextField
        label={t('statuses.editor.explanation')}
        help={t('statuses.editor.explanationHelp')}
        value={status.explanation}
        onChange={(explanation) => change({ explanation })}
        multiline
        rows={3}
      />
      <h4>{t('statuses.editor.setByHeading')}</h4>
      {graph && setters.length === 0 && (
        <p className="banner banner--warning">{t('statuses.editor.setByNone')}</p>
      )}
      {setters.length > 0 && (
        <ul className="status-editor__setters">
          {setters.map((element) => (
            <li key={element.id}>{stepName(element)}</li>
          ))}
        </ul>
      )}
      <DeleteStatusButton statusId={statusId} label={label} />
    </section>
  );
}
