import { hasProperty } from './registry';
import type { Field } from './schema';
import { compilePattern } from './pattern';

/** Something wrong in how a field is set up, shown in the panel and in the review checklist. */
export type FieldIssueCode =
  | 'emptyLabel'
  | 'emptyText'
  | 'noOptions'
  | 'emptyOptionValue'
  | 'duplicateOptionValue'
  | 'lengthRange'
  | 'numberRange'
  | 'dateRange'
  | 'itemsRange'
  | 'invalidPattern'
  | 'maxSize'
  | 'emptyGroup';

export interface FieldIssue {
  code: FieldIssueCode;
  params?: Record<string, string | number>;
}

function duplicateValues(field: Field): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const option of field.options ?? []) {
    if (seen.has(option.value)) duplicates.add(option.value);
    seen.add(option.value);
  }
  return [...duplicates];
}

/** Rules that no answer could satisfy, such as a minimum above the maximum. */
function impossibleRules(field: Field): FieldIssue[] {
  const rules = field.validation ?? {};
  const issues: FieldIssue[] = [];
  const above = (low: number | string | undefined, high: number | string | undefined) =>
    low !== undefined && high !== undefined && low !== 'today' && high !== 'today' && low > high;
  if (above(rules.minLength, rules.maxLength)) {
    issues.push({ code: 'lengthRange', params: { min: rules.minLength!, max: rules.maxLength! } });
  }
  if (above(rules.min, rules.max))
    issues.push({ code: 'numberRange', params: { min: rules.min!, max: rules.max! } });
  if (above(rules.minDate, rules.maxDate)) {
    issues.push({ code: 'dateRange', params: { min: rules.minDate!, max: rules.maxDate! } });
  }
  if (above(rules.minItems, rules.maxItems)) {
    issues.push({ code: 'itemsRange', params: { min: rules.minItems!, max: rules.maxItems! } });
  }
  if (rules.pattern && !compilePattern(rules.pattern)) issues.push({ code: 'invalidPattern' });
  if (rules.maxSizeMb !== undefined && rules.maxSizeMb <= 0) issues.push({ code: 'maxSize' });
  return issues;
}

/** What is wrong with one field taken alone (its conditions are checked against the form). */
export function fieldIssues(field: Field): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (field.type === 'explanation') {
    if (!field.text?.trim() && !field.label.trim()) issues.push({ code: 'emptyText' });
  } else if (field.label.trim() === '') {
    issues.push({ code: 'emptyLabel' });
  }
  if (hasProperty(field.type, 'options')) {
    const options = field.options ?? [];
    if (options.length === 0) issues.push({ code: 'noOptions' });
    if (options.some((option) => option.value.trim() === ''))
      issues.push({ code: 'emptyOptionValue' });
    for (const value of duplicateValues(field))
      issues.push({ code: 'duplicateOptionValue', params: { value } });
  }
  if (field.type === 'group' && (field.fields ?? []).length === 0) {
    issues.push({ code: 'emptyGroup' });
  }
  return [...issues, ...impossibleRules(field)];
}
