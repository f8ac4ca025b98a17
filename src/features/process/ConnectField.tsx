import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { FieldFrame, fieldDescription } from '../../ui/FieldFrame';
import { useConfirmedChoice } from '../../ui/useConfirmedChoice';
import type { DiagramEditor } from './editor/types';

/**
 * Draws a flow from the selected element to another one, chosen by name: bpmn-js's
 * connect tool needs a mouse, and this is how the keyboard links two existing steps
 * (to close a loop, say). The flow goes through bpmn-js, so it is undone like a drawn one.
 */
export function ConnectField({
  editor,
  sourceId,
  label,
  autoFocus = false,
  emptyNote,
}: {
  editor: DiagramEditor;
  sourceId: string;
  /** The box's name, when « Relier à… » alone would not say from where. */
  label?: string;
  autoFocus?: boolean;
  /** Said instead of the box when nothing can be linked to (otherwise nothing is shown). */
  emptyNote?: string;
}) {
  const { t } = useTranslation('process');
  const id = useId();
  const box = useRef<HTMLSelectElement>(null);
  const [done, setDone] = useState<string>();
  useEffect(() => {
    if (autoFocus) box.current?.focus();
  }, [autoFocus]);
  const targets = editor.connectTargets(sourceId);
  // A link is an action: browsing the list with the arrow keys must not draw one per option.
  const choice = useConfirmedChoice(
    (targetId) => {
      const target = targets.find((candidate) => candidate.id === targetId);
      if (target && editor.connect(sourceId, target.id)) setDone(target.label);
    },
    { onLeave: 'drop' },
  );
  if (targets.length === 0 && done === undefined) {
    return emptyNote ? <p role="status">{emptyNote}</p> : null;
  }
  const pendingLabel = targets.find((target) => target.id === choice.pending)?.label;
  return (
    <FieldFrame id={id} label={label ?? t('panel.connect')} help={t('panel.connectHelp')}>
      <select
        id={id}
        ref={box}
        aria-describedby={fieldDescription(id, { help: true })}
        value={choice.pending ?? ''}
        {...choice.selectProps}
      >
        <option value="">{t('panel.connectNone')}</option>
        {targets.map((target) => (
          <option key={target.id} value={target.id}>
            {target.label}
          </option>
        ))}
      </select>
      <p className="field__help" role="status">
        {pendingLabel !== undefined
          ? t('panel.connectPending', { name: pendingLabel })
          : done !== undefined && t('panel.connected', { name: done })}
      </p>
    </FieldFrame>
  );
}
