import { useTranslation } from '../../ui/i18n/useTranslation';
import { addFrameItem, removeFrameItem, updateFrameItem } from '../../domain/frame/commands';
import { stakeholderKinds, type Stakeholder } from '../../domain/frame/schema';
import { stakeholderSuggestions } from '../../domain/frame/suggestions';
import { newId } from '../../domain/ids';
import { execute } from '../../state/commands';
import { useEditorStore } from '../../state/editorStore';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { FramePart } from './OpenQuestions';
import { useFrame } from './useFrame';

function StakeholderRow({ stakeholder, number }: { stakeholder: Stakeholder; number: number }) {
  const { t } = useTranslation('frame');
  const change = (changes: Partial<Omit<Stakeholder, 'id'>>) =>
    execute(updateFrameItem({ list: 'stakeholders', id: stakeholder.id, changes }));
  const name = stakeholder.name.trim() || t('who.stakeholder', { number });
  return (
    <fieldset className="frame__row">
      <legend>{name}</legend>
      <SelectField
        label={t('who.kind')}
        value={stakeholder.kind}
        options={stakeholderKinds.map((kind) => ({ value: kind, label: t(`who.kinds.${kind}`) }))}
        onChange={(kind) => change({ kind })}
      />
      <TextField
        label={t('who.name')}
        value={stakeholder.name}
        onChange={(n) => change({ name: n })}
      />
      <TextField
        label={t('who.role')}
        value={stakeholder.role}
        onChange={(role) => change({ role })}
      />
      <button
        type="button"
        className="button button--ghost button--small"
        onClick={() => execute(removeFrameItem({ list: 'stakeholders', id: stakeholder.id }))}
      >
        {t('who.remove', { name })}
      </button>
    </fieldset>
  );
}

const add = (item: Omit<Stakeholder, 'id'>) =>
  execute(addFrameItem({ list: 'stakeholders', item: { id: newId(), ...item } }));

/** Who: the stakeholders, with suggestions from the team and the process roles. */
export function WhoPart() {
  const { t } = useTranslation('frame');
  const { stakeholders } = useFrame();
  const prototype = useEditorStore((state) => state.prototype);
  const suggestions = prototype ? stakeholderSuggestions(prototype) : [];
  return (
    <FramePart part="who" title={t('parts.who')}>
      <p className="field__help">{t('who.help')}</p>
      {stakeholders.map((stakeholder, index) => (
        <StakeholderRow key={stakeholder.id} stakeholder={stakeholder} number={index + 1} />
      ))}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => add({ kind: 'agents', name: '', role: '' })}
      >
        {t('who.add')}
      </button>
      {suggestions.length > 0 && (
        <div className="frame__suggestions">
          <p>{t('who.suggestions')}</p>
          <ul className="button-row">
            {suggestions.map((suggestion) => (
              <li key={suggestion.name}>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  onClick={() => add({ kind: suggestion.kind, name: suggestion.name, role: '' })}
                >
                  {t('who.suggest', {
                    name: suggestion.name,
                    source: t(`who.sources.${suggestion.source}`),
                  })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </FramePart>
  );
}
