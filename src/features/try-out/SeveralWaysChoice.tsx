import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';

interface SeveralWaysChoiceProps {
  /** The gateway's name, or what stands for it. */
  name: string;
  options: readonly { flowId: string; label: string }[];
  onChoose: (flowIds: string[]) => void;
}

/**
 * At an inclusive gateway: tick each way the request takes (one or several), then go on
 * along all of them at once.
 */
export function SeveralWaysChoice({ name, options, onChoose }: SeveralWaysChoiceProps) {
  const { t } = useTranslation('tryOut');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [refused, setRefused] = useState(false);
  const errorId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ticked.size === 0) {
      setRefused(true);
      return;
    }
    // In the diagram's order, whatever order they were ticked in.
    onChoose(options.map((option) => option.flowId).filter((id) => ticked.has(id)));
  };
  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="tryout-action__choice" aria-describedby={refused ? errorId : undefined}>
        <legend>{name}</legend>
        <p className="field__help">{t('agents.chooseSeveral')}</p>
        {options.map((option) => (
          <label key={option.flowId} className="tryout-action__way">
            <input
              type="checkbox"
              checked={ticked.has(option.flowId)}
              onChange={(event) => {
                setRefused(false);
                const next = new Set(ticked);
                if (event.target.checked) next.add(option.flowId);
                else next.delete(option.flowId);
                setTicked(next);
              }}
            />{' '}
            {option.label.trim() || t('agents.unnamedOption')}
          </label>
        ))}
        {refused && (
          <p id={errorId} className="field__error" role="alert">
            {t('agents.noWayTicked')}
          </p>
        )}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button">
          {t('agents.goOnAlong', { name })}
        </button>
      </div>
    </form>
  );
}
