import type { Prototype } from '../prototype/schema';
import type { ReadinessIssue } from '../readiness';
import { conditionIssues } from './conditionChecks';
import { allFields } from './fields';
import { fieldIssues } from './fieldChecks';
import { countFields } from './progress';
import { lacksJustification } from './justification';

// A question that does not say why it is asked blocks the submission: the form is a minimum.
const warnings = new Set(['noQuestions', 'untitledPage']);

/**
 * The form's items of the readiness checklist. Messages are under the "formReadiness"
 * namespace (src/ui/requester-form/readinessMessages.ts registers them).
 */
export function formReadiness(prototype: Prototype): ReadinessIssue[] {
  const { form } = prototype;
  const issues: ReadinessIssue[] = [];
  const push = (
    code: string,
    target: ReadinessIssue['target'],
    params: Record<string, string | number> = {},
  ) =>
    issues.push({
      step: 'form',
      messageKey: `formReadiness:${code}`,
      params,
      severity: warnings.has(code) ? 'warning' : 'error',
      ...(target ? { target } : {}),
    });

  if (countFields(form) === 0) push('noQuestions', undefined);
  form.pages.forEach((page, index) => {
    const target = { kind: 'page' as const, id: page.id };
    const params = { page: page.title || String(index + 1) };
    if (page.title.trim() === '') push('untitledPage', target, { number: index + 1 });
    for (const issue of conditionIssues(form, target, page.visibleWhen)) {
      push(`condition.${issue.code}`, target, { ...params, ...issue.params });
    }
  });
  for (const { field, pageIndex } of allFields(form)) {
    const target = { kind: 'field' as const, id: field.id };
    const params = { label: field.label.trim() || field.key, page: pageIndex + 1 };
    for (const issue of fieldIssues(field))
      push(`field.${issue.code}`, target, { ...params, ...issue.params });
    for (const which of ['visibleWhen', 'requiredWhen'] as const) {
      for (const issue of conditionIssues(form, target, field[which])) {
        push(`condition.${issue.code}`, target, { ...params, ...issue.params });
      }
    }
    if (lacksJustification(field)) push('unjustified', target, params);
  }
  return issues;
}
