import { useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { Command } from '../../domain/commands';
import { EDITED_TEXT_MAX, type ResolvedPart } from '../../domain/going-further/editedParts';
import { execute } from '../../state/commands';
import { TextField } from '../../ui/TextField';
// Its strings are the step's: a part that shows it on its own has them too.
import './i18n';

/** The commands of the part that stores the team's wording. */
export interface PartCommands {
  edit: (args: { key: string; text: string; generated: string }) => Command;
  keep: (args: { key: string; generated: string }) => Command;
  drop: (args: { key: string }) => Command;
}

interface EditablePartProps {
  label: string;
  part: ResolvedPart;
  /** What the prototype says now. */
  generated: string;
  commands: PartCommands;
  /** Where the generated text comes from, for the conflict's title. */
  source?: 'prototype' | 'approved';
  rows?: number;
}

/**
 * A generated part the team may reword, in any part of « Pour aller plus loin ». Their text is
 * kept over regeneration: when the prototype (or the approved version) now says something
 * else, both show and the team chooses. A text too long for the file stays in the box with a
 * message, and what was saved before stays saved.
 */
export function EditablePart({
  label,
  part,
  generated,
  commands,
  source = 'prototype',
  rows = 3,
}: EditablePartProps) {
  const { t } = useTranslation('goingFurther');
  // A text refused as too long stays in the box over the stored one, until the stored text
  // changes another way (« Prendre le nouveau texte », undo…): then the box shows that.
  const [refused, setRefused] = useState<{ text: string; over: string } | null>(null);
  const tooLong = refused?.over === part.text ? refused.text : null;
  const change = (text: string) => {
    if (text.length > EDITED_TEXT_MAX) {
      setRefused({ text, over: part.text });
      return;
    }
    setRefused(null);
    execute(commands.edit({ key: part.key, text, generated }));
  };
  return (
    <div className="going-further__part">
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
            : t('part.tooLong', { length: tooLong.length, max: EDITED_TEXT_MAX })
        }
      />
      {part.conflict ? (
        <div
          className="banner banner--warning going-further__conflict"
          role="group"
          aria-label={label}
        >
          <p>{t(`part.conflictTitle.${source}`)}</p>
          <blockquote>{part.conflict.now}</blockquote>
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => execute(commands.keep({ key: part.key, generated }))}
            >
              {t('part.keepMine')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => execute(commands.drop({ key: part.key }))}
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
            onClick={() => execute(commands.drop({ key: part.key }))}
          >
            {t('part.reset')}
          </button>
        )
      )}
    </div>
  );
}
