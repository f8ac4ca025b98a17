import { useMemo, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { feedbackToAnswer } from '../../domain/versions/answeredFeedback';
import { useEditorStore } from '../../state/editorStore';
import { notify } from '../../state/notifications';
import { takeVersion } from '../../state/versions';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/TextField';

/** Takes a version by hand, e.g. before trying a bold change. */
export function TakeVersionDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('workshops');
  const [name, setName] = useState<string>();
  const [notes, setNotes] = useState('');
  const goingFurther = useEditorStore((state) => state.prototype?.goingFurther);
  const accepted = useMemo(() => feedbackToAnswer({ goingFurther }), [goingFurther]);
  // Every accepted item is answered unless the person unticks it: the usual case.
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const shownName =
    name ?? t('versions.takeDefault', { date: new Date().toLocaleDateString(i18n.language) });

  const close = () => {
    setName(undefined);
    setNotes('');
    setLeft(new Set());
    onClose();
  };

  const take = async () => {
    const version = await takeVersion({
      name: shownName.trim() || shownName,
      kind: 'manual',
      notes,
      answers: accepted.filter((item) => !left.has(item.id)).map((item) => item.id),
    });
    if (!version) return;
    notify({
      tone: 'success',
      messageKey: 'workshops:versions.taken',
      params: { number: version.number },
      timeoutMs: 6000,
    });
    close();
  };

  return (
    <FormDialog
      open={open}
      title={t('versions.takeTitle')}
      submitLabel={t('versions.take')}
      onSubmit={() => void take()}
      onClose={close}
    >
      <TextField label={t('versions.takeName')} value={shownName} onChange={setName} autoFocus />
      <TextField
        label={t('versions.takeNotes')}
        value={notes}
        onChange={setNotes}
        multiline
        rows={3}
      />
      {accepted.length > 0 && (
        <fieldset className="take-version__answers">
          <legend>{t('versions.takeAnswers')}</legend>
          {accepted.map((item) => (
            <label key={item.id} className="take-version__answer">
              <input
                type="checkbox"
                checked={!left.has(item.id)}
                onChange={(event) => {
                  const next = new Set(left);
                  if (event.target.checked) next.delete(item.id);
                  else next.add(item.id);
                  setLeft(next);
                }}
              />
              {item.text}
            </label>
          ))}
        </fieldset>
      )}
    </FormDialog>
  );
}
