import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { ApprovedVersion } from '../../../domain/going-further/production/approved';
import {
  addReturnedReference,
  removeReturnedReference,
  setComponentVersion,
  setConfigurationDone,
} from '../../../domain/going-further/production/commands';
import { deploymentRequest } from '../../../domain/going-further/production/deploymentRequest';
import {
  deploymentRequestDocument,
  say,
} from '../../../domain/going-further/production/deploymentRequestDocument';
import { conflictCount } from '../../../domain/going-further/editedParts';
import { requestParts } from '../../../domain/going-further/production/parts';
import { secretSign } from '../../../domain/going-further/production/secrets';
import { newId } from '../../../domain/ids';
import { execute } from '../../../state/commands';
import { DocumentActions } from '../../../ui/documents/DocumentActions';
import { DocumentView } from '../../../ui/documents/DocumentView';
import { downloadFile } from '../../../ui/download';
import { TextField } from '../../../ui/TextField';
import { EditablePart } from '../EditablePart';
import { productionPartCommands } from './productionParts';
import { useProduction } from './useProduction';
import { useTranslate } from './useTranslate';

/** A file name from the prototype's name: letters, digits and dashes. */
export const fileStem = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase() || 'demarche';

/** Adds what the production team returned; a value that looks like a secret is refused here. */
function ReturnedForm() {
  const { t } = useTranslation('goingFurther-production');
  const [label, setLabel] = useState('');
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<{ label?: string; value?: string }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      label: label.trim() === '' ? t('request.labelRequired') : undefined,
      value:
        value.trim() === ''
          ? t('request.valueRequired')
          : secretSign(value)
            ? t('errors.secret')
            : undefined,
    };
    setErrors(next);
    if (next.label || next.value) return;
    const added = execute(
      addReturnedReference({
        reference: { id: newId(), label: label.trim(), value: value.trim() },
      }),
    );
    if (added) {
      setLabel('');
      setValue('');
    }
  };
  return (
    <form className="production__returned-form" onSubmit={submit} noValidate>
      <TextField
        label={t('request.returnedLabel')}
        value={label}
        onChange={setLabel}
        error={errors.label}
        maxLength={500}
      />
      <TextField
        label={t('request.returnedValue')}
        value={value}
        onChange={setValue}
        error={errors.value}
        maxLength={500}
      />
      <button type="submit" className="button button--secondary">
        {t('request.add')}
      </button>
    </form>
  );
}

/** The deployment request: what the production team needs, and what it returns. */
export function DeploymentRequestPanel({ approved }: { approved: ApprovedVersion }) {
  const { t } = useTranslation('goingFurther-production');
  const { translate } = useTranslate();
  const { request: record, edits } = useProduction();
  const request = useMemo(() => deploymentRequest(approved, record), [approved, record]);
  const parts = useMemo(() => requestParts(translate, request, edits), [translate, request, edits]);
  const conflicts = conflictCount([parts.intro, ...parts.security.map(({ part }) => part)]);
  const document = useMemo(
    () => deploymentRequestDocument(translate, request, edits),
    [translate, request, edits],
  );
  const stem = fileStem(approved.content.name);
  const done = request.configuration.filter((item) => item.done).length;
  return (
    <section className="production__panel" aria-labelledby="production-request">
      <h3 id="production-request">{t('request.title')}</h3>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            downloadFile(
              `${stem}.schema.json`,
              `${JSON.stringify(request.form.jsonSchema, null, 2)}\n`,
            )
          }
        >
          {t('request.downloadSchema')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => downloadFile(`${stem}.bpmn`, request.process.bpmnXml, 'application/xml')}
        >
          {t('request.downloadBpmn')}
        </button>
      </div>

      <h4>{t('request.versionsTitle')}</h4>
      <p className="field__help">{t('request.versionsHelp')}</p>
      <div className="production__versions">
        {request.components.map((component) => (
          <TextField
            key={component.kind}
            label={t('request.version', { component: translate(`components.${component.kind}`) })}
            value={component.version}
            maxLength={500}
            onChange={(version) =>
              execute(setComponentVersion({ componentId: component.kind, version }))
            }
          />
        ))}
      </div>

      <h4>{t('request.returnedTitle')}</h4>
      <p className="field__help">{t('request.returnedHelp')}</p>
      {request.returned.length > 0 && (
        <ul className="production__returned">
          {request.returned.map((reference) => (
            <li key={reference.id}>
              <span>
                {reference.label} : {reference.value}
              </span>{' '}
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => execute(removeReturnedReference({ id: reference.id }))}
              >
                {t('request.remove', { label: reference.label })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ReturnedForm />

      <fieldset className="production__checklist">
        <legend>{t('request.configurationTitle')}</legend>
        <p className="field__help">
          {t('request.configurationCount', { done, total: request.configuration.length })}
        </p>
        {request.configuration.map((item) => (
          <label key={item.id} className="production__check">
            <input
              type="checkbox"
              checked={item.done}
              onChange={(event) =>
                execute(setConfigurationDone({ itemId: item.id, done: event.target.checked }))
              }
            />{' '}
            {say(translate, item.text)}
          </label>
        ))}
      </fieldset>

      <h4>{t('request.wordingTitle')}</h4>
      <p className="field__help">{t('request.wordingHelp')}</p>
      {conflicts > 0 && (
        <p className="banner banner--warning" role="status">
          {t('request.conflicts', { count: conflicts })}
        </p>
      )}
      <EditablePart
        label={t('request.introLabel')}
        part={parts.intro}
        generated={parts.intro.generated}
        commands={productionPartCommands}
        source="approved"
        rows={4}
      />
      {parts.security.map(({ id, part }) => (
        <EditablePart
          key={id}
          label={t('request.securityLabel', { setting: translate(`securityNames.${id}`) })}
          part={part}
          generated={part.generated}
          commands={productionPartCommands}
          source="approved"
          rows={2}
        />
      ))}

      <DocumentActions document={document} fileName={`${stem}-${t('files.request')}`} />
      <DocumentView document={document} titleLevel={4} />
    </section>
  );
}
