import type { TFunction } from 'i18next';
import { conditionMode, conditionRules } from '../../../domain/form/conditions';
import { findField } from '../../../domain/form/fields';
import type { Condition, Field, Form } from '../../../domain/form/schema';

/** The option's label when the value is one of the field's options, the value otherwise. */
function valueText(field: Field | undefined, value: string): string {
  return field?.options?.find((option) => option.value === value)?.label || value;
}

/** A condition in plain words: « Statut » est égal à « Entreprise » et « Âge » est rempli. */
export function conditionText(condition: Condition, form: Form, t: TFunction): string {
  const rules = conditionRules(condition);
  if (rules.length === 0) return t('review:form.always');
  const sentences = rules.map((rule) => {
    const field = findField(form, rule.field);
    const name = field ? field.label.trim() || field.key : t('review:form.deletedField');
    const values = Array.isArray(rule.value)
      ? rule.value
      : rule.value === undefined
        ? []
        : [rule.value];
    return t(`review:form.op.${rule.op}`, {
      field: name,
      value: values.map((value) => `« ${valueText(field, value)} »`).join(', '),
    });
  });
  return sentences.join(t(`review:form.join.${conditionMode(condition)}`));
}
