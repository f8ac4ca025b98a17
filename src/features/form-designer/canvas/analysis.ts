import { conditionIssues } from '../../../domain/form/conditionChecks';
import { conditionRules } from '../../../domain/form/conditions';
import { allFields } from '../../../domain/form/fields';
import { fieldIssues } from '../../../domain/form/fieldChecks';
import { isAnswerable } from '../../../domain/form/registry';
import type { Form } from '../../../domain/form/schema';

/** What a row shows about its field beyond the field itself: checks against the whole form. */
export interface RowFlags {
  issues: number;
  unjustified: boolean;
  conditional: boolean;
}

export interface FormAnalysis {
  rows: ReadonlyMap<string, RowFlags>;
  questions: number;
  unjustified: string[];
  /** Fields and pages with something to fix, in reading order. */
  problems: { kind: 'field' | 'page'; id: string }[];
}

const noFlags: RowFlags = { issues: 0, unjustified: false, conditional: false };

export function flagsOf(analysis: FormAnalysis, id: string): RowFlags {
  return analysis.rows.get(id) ?? noFlags;
}

/** One pass over the form for the canvas and the header: problems, justifications, conditions. */
export function analyzeForm(form: Form): FormAnalysis {
  const rows = new Map<string, RowFlags>();
  const unjustified: string[] = [];
  const problems: FormAnalysis['problems'] = [];
  let questions = 0;
  form.pages.forEach((page) => {
    if (conditionIssues(form, { kind: 'page', id: page.id }, page.visibleWhen).length > 0) {
      problems.push({ kind: 'page', id: page.id });
    }
  });
  for (const { field } of allFields(form)) {
    const owner = { kind: 'field' as const, id: field.id };
    const issues =
      fieldIssues(field).length +
      conditionIssues(form, owner, field.visibleWhen).length +
      conditionIssues(form, owner, field.requiredWhen).length;
    const answerable = isAnswerable(field.type);
    const missing = answerable && !field.justification?.trim();
    if (answerable) questions++;
    if (missing) unjustified.push(field.id);
    if (issues > 0) problems.push(owner);
    const conditional =
      conditionRules(field.visibleWhen).length > 0 || conditionRules(field.requiredWhen).length > 0;
    if (issues > 0 || missing || conditional)
      rows.set(field.id, { issues, unjustified: missing, conditional });
  }
  return { rows, questions, unjustified, problems };
}
