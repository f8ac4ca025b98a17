import { useId } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { useShallow } from 'zustand/react/shallow';
import { useEditorStore } from '../../state/editorStore';
import { FieldFrame, fieldDescription } from '../../ui/FieldFrame';
import { useConfirmedChoice } from '../../ui/useConfirmedChoice';

/** Which requester-visible status the step sets, from the tracking step's list. */
export function StatusField({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (statusId: string | undefined) => void;
}) {
  const { t } = useTranslation('process');
  const id = useId();
  const statuses = useEditorStore(
    useShallow(
      (state) =>
        state.prototype?.tracking.statuses.map((status) => `${status.id}\u0000${status.label}`) ??
        [],
    ),
  ).map((entry) => {
    const [statusId = '', label = ''] = entry.split('\u0000');
    return { id: statusId, label };
  });
  const choice = useConfirmedChoice((statusId) => onChange(statusId || undefined), {
    onLeave: 'confirm',
  });
  const unknown = value !== undefined && !statuses.some((status) => status.id === value);
  return (
    <FieldFrame id={id} label={t('panel.status')} help={t('panel.statusHelp')}>
      <select
        id={id}
        aria-describedby={fieldDescription(id, { help: true })}
        value={choice.pending ?? value ?? ''}
        {...choice.selectProps}
      >
        <option value="">{t('panel.statusNone')}</option>
        {statuses.map((status) => (
          <option key={status.id} value={status.id}>
            {status.label}
          </option>
        ))}
        {unknown && <option value={value}>{t('panel.statusUnknown', { id: value })}</option>}
      </select>
    </FieldFrame>
  );
}
