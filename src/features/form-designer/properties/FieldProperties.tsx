import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { setFieldCondition, updateField, type FieldPatch } from '../../../domain/form/commands';
import { conditionIssues } from '../../../domain/form/conditionChecks';
import { fieldIssues } from '../../../domain/form/fieldChecks';
import { fieldRegistry, hasProperty } from '../../../domain/form/registry';
import type { Condition, Field, Form } from '../../../domain/form/schema';
import { execute } from '../state/designedForm';
import { TextField } from '../../../ui/TextField';
import { copyField, deleteField, displayLabel, duplicate } from '../actions';
import { ConditionEditor } from './ConditionEditor';
import { DefaultValueField } from './DefaultValueField';
import { Dependencies } from './Dependencies';
import { ChoiceInput, PanelSection } from './inputs';
import { JustificationEditor } from './JustificationEditor';
import { KeyField } from './KeyField';
import { OptionsEditor } from './OptionsEditor';
import { RulesEditor } from './RulesEditor';

const labelKeys: Partial<Record<Field['type'], string>> = {
  section: 'properties.labelSection',
  group: 'properties.labelGroup',
  explanation: 'properties.labelExplanation',
  consent: 'properties.labelConsent',
};

/** Problems of the field, as messages, where it is edited. */
function FieldIssues({ form, field }: { form: Form; field: Field }) {
  const { t } = useTranslation('form');
  const { id, visibleWhen, requiredWhen } = field;
  // Conditions are checked against the whole form: not again while the label is typed.
  const ofConditions = useMemo(() => {
    const owner = { kind: 'field' as const, id };
    return [
      ...conditionIssues(form, owner, visibleWhen),
      ...conditionIssues(form, owner, requiredWhen),
    ];
  }, [form, id, visibleWhen, requiredWhen]);
  const params = { label: displayLabel(field), page: '' };
  const messages = [
    ...fieldIssues(field).map((issue) =>
      t(`formReadiness:field.${issue.code}`, { ...params, ...issue.params }),
    ),
    ...ofConditions.map((issue) =>
      t(`formReadiness:condition.${issue.code}`, { ...params, ...issue.params }),
    ),
  ];
  if (messages.length === 0) return null;
  return (
    <div className="banner banner--warning fd-issues" role="status">
      <p className="banner__title">{t('properties.issuesTitle')}</p>
      <ul>
        {messages.map((message, index) => (
          <li key={index}>{message}</li>
        ))}
      </ul>
    </div>
  );
}

type Requirement = 'optional' | 'always' | 'when';

/** Everything about one field, in the order a workshop thinks about it. */
export function FieldProperties({ form, field }: { form: Form; field: Field }) {
  const { t } = useTranslation('form');
  const update = (patch: FieldPatch) => execute(updateField({ id: field.id, patch }));
  const setCondition = (which: 'visibleWhen' | 'requiredWhen', condition: Condition | undefined) =>
    execute(setFieldCondition({ id: field.id, which, condition }));
  const has = (property: Parameters<typeof hasProperty>[1]) => hasProperty(field.type, property);
  const owner = { kind: 'field' as const, id: field.id };
  const label = displayLabel(field);
  const requirement: Requirement = field.requiredWhen
    ? 'when'
    : field.required
      ? 'always'
      : 'optional';
  const typeName = t(`types.${field.type}`);

  return (
    <div className="fd-field-properties">
      <h3 className="fd-prop-heading">{field.label.trim() || t('properties.untitled')}</h3>
      <p className="fd-prop-type fd-prop-type--secondary">
        <span className="fd-icon" aria-hidden="true">
          {fieldRegistry[field.type].icon}
        </span>
        {typeName}
      </p>
      {/* What a workshop fills for every field comes first, in sight without scrolling. */}
      <TextField
        label={t(labelKeys[field.type] ?? 'properties.label')}
        value={field.label}
        name="label"
        onChange={(text) => update({ label: text })}
      />
      {has('justification') && (
        <PanelSection title={t('properties.sections.justification')}>
          <JustificationEditor field={field} />
        </PanelSection>
      )}
      <div className="button-row fd-prop-actions">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => duplicate(field.id)}
        >
          {t('actions.duplicate')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => copyField(field.id)}
        >
          {t('actions.copy')}
        </button>
        <button
          type="button"
          className="button button--danger button--small"
          onClick={() => deleteField(field.id)}
          aria-label={t('actions.removeField', { label })}
        >
          {t('actions.remove')}
        </button>
      </div>
      <FieldIssues form={form} field={field} />
      <PanelSection title={t('properties.sections.content')}>
        {has('text') && (
          <TextField
            label={t('properties.text')}
            value={field.text ?? ''}
            multiline
            rows={5}
            onChange={(text) => update({ text: text || undefined })}
          />
        )}
        {has('help') && (
          <TextField
            label={t('properties.help')}
            value={field.help ?? ''}
            multiline
            rows={2}
            onChange={(help) => update({ help: help || undefined })}
          />
        )}
        {has('placeholder') && (
          <TextField
            label={t('properties.placeholder')}
            value={field.placeholder ?? ''}
            onChange={(placeholder) => update({ placeholder: placeholder || undefined })}
          />
        )}
        {has('itemLabel') && (
          <TextField
            label={t('properties.itemLabel')}
            help={t('properties.itemLabelHelp')}
            value={field.itemLabel ?? ''}
            onChange={(itemLabel) => update({ itemLabel: itemLabel || undefined })}
          />
        )}
        {fieldRegistry[field.type].answer !== 'none' && <KeyField key={field.id} field={field} />}
        {has('required') && (
          <ChoiceInput<Requirement>
            legend={t('properties.requirement.legend')}
            value={requirement}
            options={(
              [
                'optional',
                'always',
                ...(has('requiredWhen') ? ['when' as const] : []),
              ] as Requirement[]
            ).map((value) => ({
              value,
              label: t(`properties.requirement.${value}`),
            }))}
            onChange={(next) =>
              update({
                required: next === 'always',
                requiredWhen: next === 'when' ? (field.requiredWhen ?? { all: [] }) : undefined,
              })
            }
          />
        )}
        {field.requiredWhen && (
          <ConditionEditor
            form={form}
            owner={owner}
            ownerLabel={label}
            condition={field.requiredWhen}
            onChange={(condition) => setCondition('requiredWhen', condition)}
          />
        )}
        {has('defaultValue') && <DefaultValueField field={field} />}
      </PanelSection>
      {has('options') && (
        <PanelSection title={t('properties.sections.options')}>
          <OptionsEditor fieldId={field.id} options={field.options} />
        </PanelSection>
      )}
      {(['length', 'pattern', 'range', 'dateRange', 'files', 'items'] as const).some(has) ||
      fieldRegistry[field.type].format ? (
        <PanelSection title={t('properties.sections.rules')}>
          <RulesEditor field={field} />
        </PanelSection>
      ) : null}
      <PanelSection title={t('properties.sections.conditions')}>
        <ChoiceInput<'always' | 'when'>
          legend={t('conditions.visible')}
          value={field.visibleWhen ? 'when' : 'always'}
          options={[
            { value: 'always', label: t('conditions.visibleAlways') },
            { value: 'when', label: t('conditions.visibleWhen') },
          ]}
          onChange={(next) =>
            setCondition('visibleWhen', next === 'when' ? { all: [] } : undefined)
          }
        />
        {field.visibleWhen && (
          <ConditionEditor
            form={form}
            owner={owner}
            ownerLabel={label}
            condition={field.visibleWhen}
            onChange={(condition) => setCondition('visibleWhen', condition)}
          />
        )}
      </PanelSection>
      <PanelSection title={t('properties.sections.dependencies')}>
        <Dependencies form={form} field={field} />
      </PanelSection>
    </div>
  );
}
