import { useId, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import type { DiagramEditor, DiagramElement } from './editor/types';
import { CommitTextField } from './CommitTextField';
import { ConnectField } from './ConnectField';
import { DelayField } from './DelayField';
import { RoleField } from './RoleField';
import { StatusField } from './StatusField';

interface ElementPanelProps {
  editor: DiagramEditor | undefined;
  element: DiagramElement | undefined;
  /** The shared diagram is held by someone else: the element is shown, not editable. */
  readOnly: boolean;
}

/**
 * The selected element, in words a non-specialist uses. Every change goes through bpmn-js
 * (so it is undone with the diagram) and lands in the XML with Fabrik's attributes.
 */
export function ElementPanel({ editor, element, readOnly }: ElementPanelProps) {
  const { t } = useTranslation('process');
  const headingId = useId();
  /** The step just inserted on a flow: its name box takes the focus when it shows. */
  const [inserted, setInserted] = useState<string>();
  return (
    <section className="process-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="process-panel__title" tabIndex={-1}>
        {t('panel.title')}
      </h2>
      {!element || !editor ? (
        <p className="process-panel__empty">{t('panel.empty')}</p>
      ) : (
        <fieldset className="process-panel__fieldset" disabled={readOnly}>
          <ElementFields
            key={element.id}
            editor={editor}
            element={element}
            focusName={inserted === element.id}
            onInserted={setInserted}
          />
        </fieldset>
      )}
    </section>
  );
}

interface ElementFieldsProps {
  editor: DiagramEditor;
  element: DiagramElement;
  focusName: boolean;
  onInserted: (id: string) => void;
}

function ElementFields({ editor, element, focusName, onInserted }: ElementFieldsProps) {
  const { t } = useTranslation('process');
  const insertHelpId = useId();
  const [roleDraftOpen, setRoleDraftOpen] = useState(false);
  const update = (changes: Parameters<DiagramEditor['updateElement']>[1]) =>
    editor.updateElement(element.id, changes);
  return (
    <div className="process-panel__fields">
      <p className="process-panel__type">{t('panel.type', { type: element.typeLabel })}</p>
      {element.isSequenceFlow && (
        <div className="process-panel__insert">
          <button
            type="button"
            className="button"
            aria-describedby={insertHelpId}
            onClick={() => {
              const id = editor.insertStep(element.id);
              if (id) onInserted(id);
            }}
          >
            {t('panel.insertStep')}
          </button>
          <p id={insertHelpId} className="field__help">
            {t('panel.insertStepHelp')}
          </p>
        </div>
      )}
      <CommitTextField
        label={t('panel.name')}
        focusOnMount={focusName}
        help={element.isFlowNode ? t('panel.nameHelp') : undefined}
        value={element.name}
        onCommit={(name) => update({ name })}
      />
      {element.isFlowNode && (
        <>
          <RoleField
            value={element.role}
            draftOpen={roleDraftOpen}
            onDraftOpenChange={setRoleDraftOpen}
            onChange={(role) => update({ role })}
          />
          <DelayField value={element.delayDays} onChange={(delayDays) => update({ delayDays })} />
          <StatusField value={element.statusId} onChange={(statusId) => update({ statusId })} />
          <ConnectField editor={editor} sourceId={element.id} />
        </>
      )}
      <CommitTextField
        label={t('panel.notes')}
        value={element.notes}
        multiline
        onCommit={(notes) => update({ notes })}
      />
    </div>
  );
}
