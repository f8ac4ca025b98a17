import { useId } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import {
  allowedValues,
  conditionIssues,
  type ConditionOwner,
} from '../../../domain/form/conditionChecks';
import { conditionMode, conditionRules, makeCondition } from '../../../domain/form/conditions';
import { locateField } from '../../../domain/form/fields';
import type { Condition, ConditionRule, Form } from '../../../domain/form/schema';
import { conditionOperators } from '../../../domain/form/vocabulary';
import { operatorsFor } from '../../../domain/form/registry';
import { displayLabel } from '../actions';
import { designedForm } from '../state/designedForm';
import { conditionCandidates, defaultRule } from './conditionCandidates';
import { RuleValue } from './RuleValue';

interface ConditionEditorProps {
  form: Form;
  owner: ConditionOwner;
  /** How the owner is named in messages. */
  ownerLabel: string;
  condition: Condition;
  onChange: (condition: Condition) => void;
}

/**
 * A condition built by pointing and choosing: a field placed before, a comparison, a value.
 * Rules that no longer work are shown with what is wrong, never dropped.
 */
export function ConditionEditor({
  form,
  owner,
  ownerLabel,
  condition,
  onChange,
}: ConditionEditorProps) {
  const { t } = useTranslation('form');
  const id = useId();
  const rules = conditionRules(condition);
  const mode = conditionMode(condition);
  const candidates = conditionCandidates(form, owner);
  const issues = conditionIssues(form, owner, condition);
  // What is shown may follow the form a frame late (see PropertiesPanel); a choice made
  // acts on the form as it is now, never on a field just deleted or moved.
  const formNow = () => designedForm() ?? form;
  const setRules = (next: ConditionRule[]) => onChange(makeCondition(mode, next));
  const setRule = (index: number, rule: ConditionRule) =>
    setRules(rules.map((old, i) => (i === index ? rule : old)));

  return (
    <div className="fd-condition">
      {rules.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-mode`} className="field__label">
            {t('conditions.mode')}
          </label>
          <select
            id={`${id}-mode`}
            value={mode}
            onChange={(event) =>
              onChange(makeCondition(event.target.value === 'any' ? 'any' : 'all', rules))
            }
          >
            <option value="all">{t('conditions.all')}</option>
            <option value="any">{t('conditions.any')}</option>
          </select>
        </div>
      )}
      {rules.length === 0 && candidates.length === 0 && (
        <p className="fd-hint">{t('conditions.noCandidates')}</p>
      )}
      <ol className="fd-condition__rules">
        {rules.map((rule, index) => {
          const target = locateField(form, rule.field)?.field;
          const listed = candidates.some((candidate) => candidate.field.id === rule.field);
          const operators = target ? operatorsFor(target.type) : conditionOperators;
          const ruleIssues = issues.filter((issue) => issue.rule === index);
          const prefix = `${id}-${index}`;
          return (
            <li
              key={index}
              className={ruleIssues.length > 0 ? 'fd-rule fd-rule--broken' : 'fd-rule'}
            >
              <p className="fd-rule__title">{t('conditions.rule', { number: index + 1 })}</p>
              <label htmlFor={`${prefix}-field`} className="field__label">
                {t('conditions.field')}
              </label>
              <select
                id={`${prefix}-field`}
                value={rule.field}
                onChange={(event) => setRule(index, defaultRule(formNow(), event.target.value))}
              >
                {!listed && (
                  <option value={rule.field}>
                    {target ? displayLabel(target) : t('conditions.deletedField')}
                  </option>
                )}
                {candidates.map(({ field }) => (
                  <option key={field.id} value={field.id}>
                    {displayLabel(field)}
                  </option>
                ))}
              </select>
              <label htmlFor={`${prefix}-op`} className="field__label">
                {t('conditions.op')}
              </label>
              <select
                id={`${prefix}-op`}
                value={rule.op}
                onChange={(event) => {
                  const op = event.target.value as ConditionRule['op'];
                  const { value: _old, ...rest } = rule;
                  const targetNow = locateField(formNow(), rule.field)?.field;
                  if (op === 'filled' || op === 'empty') setRule(index, { ...rest, op });
                  else if (op === 'oneOf') setRule(index, { ...rest, op, value: [] });
                  else
                    setRule(index, {
                      ...rest,
                      op,
                      value: (targetNow && allowedValues(targetNow)?.[0]) ?? '',
                    });
                }}
              >
                {operators.map((op) => (
                  <option key={op} value={op}>
                    {t(`conditions.ops.${op}`)}
                  </option>
                ))}
              </select>
              {rule.op !== 'filled' && rule.op !== 'empty' && (
                <RuleValue
                  id={`${prefix}-value`}
                  rule={rule}
                  target={target}
                  onChange={(value) => setRule(index, { ...rule, value })}
                />
              )}
              {ruleIssues.map((issue) => (
                <p key={issue.code} className="fd-issue" role="note">
                  {t(`formReadiness:condition.${issue.code}`, {
                    label: ownerLabel,
                    ...issue.params,
                  })}
                </p>
              ))}
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => setRules(rules.filter((_, i) => i !== index))}
              >
                {t('conditions.removeRule', { number: index + 1 })}
              </button>
            </li>
          );
        })}
      </ol>
      {candidates.length > 0 && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            const now = formNow();
            const last = conditionCandidates(now, owner).at(-1);
            if (last) setRules([...rules, defaultRule(now, last.field.id)]);
          }}
        >
          {t('conditions.addRule')}
        </button>
      )}
    </div>
  );
}
