import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dropAdoptionPart,
  editAdoptionPart,
  keepAdoptionPart,
} from '../../../domain/going-further/adoption/commands';
import type { ResolvedPart } from '../../../domain/going-further/adoption/edits';
import { ADOPTION_TEXT_MAX } from '../../../domain/going-further/adoption/schema';
import { execute } from '../../../state/commands';
import { TextField } from '../../../ui/TextField';

interface EditablePartProps {
  label: string;
  part: ResolvedPart;
  /** What the prototype says now. */
  generated: string;
  rows?: number;
}

/**
 * A generated part the team may reword. Their text is kept over regeneration: when the
 * prototype now says something else, both show and the team chooses. A text too long for
 * the file stays in the box with a message, and what was saved before stays saved.
 */
export function EditablePart({ label, part, generated, rows = 3 }: EditablePartProps) {
  const { t } = useTranslation('goingFurther-adoption');
  const [tooLong, setTooLong] = useState<string | null>(null);
  const change = (text: string) => {
    if (text.length > ADOPTION_TEXT_MAX) {
      setTooLong(text);
      return;
    }
    setTooLong(null);
    execute(editAdoptionPart({ key: part.key, text, generated }));
  };
  return (
    <div className="adoption__part">
      <TextField
        label={label}
        value={tooLong ?? part.text}
        onChange={change}
        multiline
        rows={rows}
        help={part.edited ? t('part.edited') : undefined}
        error={
          tooLong === null
            ? undefined
            : t('part.tooLong', { length: tooLong.length, max: ADOPTION_TEXT_MAX })
        }
      />
      {part.conflict ? (
        <div className="banner banner--warning adoption__conflict" role="group" aria-label={label}>
          <p>{t('part.conflictTitle')}</p>
          <blockquote>{part.conflict.now}</blockquote>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => execute(keepAdoptionPart({ key: part.key, generated }))}
            >
              {t('part.keepMine')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => execute(dropAdoptionPart({ key: part.key }))}
            >
              {t('part.takeNew')}
            </button>
          </div>
        </div>
      ) : (
        part.edited && (
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => execute(dropAdoptionPart({ key: part.key }))}
          >
            {t('part.reset')}
          </button>
        )
      )}
    </div>
  );
}
