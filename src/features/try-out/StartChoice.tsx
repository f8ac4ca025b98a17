import { useId, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { ProcessElement, ProcessGraph } from '../../domain/process/graph';
import { startEvents } from '../../domain/process/paths';

/**
 * Which start event the request comes through, when the process has several: they are
 * alternatives (online or by post, say), so the person trying it out picks one. The first
 * is picked until another is; one that is no longer in the diagram falls back to it.
 */
export function useStartChoice(graph: ProcessGraph | null) {
  const [picked, setPicked] = useState<string>();
  const starts = graph ? startEvents(graph) : [];
  const chosen = starts.find((start) => start.id === picked) ?? starts[0];
  return { starts, chosenId: chosen?.id, choose: setPicked };
}

export type StartChoiceState = ReturnType<typeof useStartChoice>;

/** The start events as radio buttons: shown only when there is a choice to make. */
export function StartChoice({
  starts,
  chosenId,
  onChoose,
}: {
  starts: readonly ProcessElement[];
  chosenId: string | undefined;
  onChoose: (startId: string) => void;
}) {
  const { t } = useTranslation('tryOut');
  const id = useId();
  if (starts.length < 2) return null;
  const names = starts.map((start) => start.name.trim() || t('requester.unnamedStart'));
  // Two starts of the same name are told apart by their rank among those so named.
  const labelOf = (index: number) => {
    const name = names[index] as string;
    if (names.filter((other) => other === name).length < 2) return name;
    const rank = names.slice(0, index + 1).filter((other) => other === name).length;
    return t('requester.sameNameStart', { name, rank });
  };
  return (
    <fieldset className="tryout-start" aria-describedby={`${id}-help`}>
      <legend className="field__label">{t('requester.startLegend')}</legend>
      <p id={`${id}-help`} className="field__help">
        {t('requester.startHelp')}
      </p>
      {starts.map((start, index) => (
        <div key={start.id} className="tryout-start__option">
          <input
            type="radio"
            id={`${id}-${index}`}
            name={id}
            value={start.id}
            checked={start.id === chosenId}
            onChange={() => onChoose(start.id)}
          />
          <label htmlFor={`${id}-${index}`}>{labelOf(index)}</label>
        </div>
      ))}
    </fieldset>
  );
}
