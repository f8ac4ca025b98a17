import { conditionIssues } from '../../../domain/form/conditionChecks';
import { conditionRules } from '../../../domain/form/conditions';
import { allFields } from '../../../domain/form/fields';
import { fieldIssues } from '../../../domain/form/fieldChecks';
import { lacksJustification } from '../../../domain/form/justification';
import { isAnswerable } from '../../../domain/form/registry';
import type { Form } from '../../../domain/form/schema';

/** What a row shows about its field beyond the field itself: checks against the whole form. */
export interface RowFlags {
  issues: number;
  unjustified: boolean;
  conditional: boolean;
}

/** The flags of one page's fields (nested ones included), by field id. */
export type PageFlags = ReadonlyMap<string, RowFlags>;

export interface FormAnalysis {
  /** Per page; a page whose flags did not change keeps the same map, so it is not drawn again. */
  pages: ReadonlyMap<string, PageFlags>;
  questions: number;
  unjustified: string[];
  /** Fields and pages with something to fix, in reading order. */
  problems: { kind: 'field' | 'page'; id: string }[];
}

const noFlags: RowFlags = { issues: 0, unjustified: false, conditional: false };
const noPageFlags: PageFlags = new Map();

export function flagsOf(flags: PageFlags | undefined, id: string): RowFlags {
  return flags?.get(id) ?? noFlags;
}

export function pageFlagsOf(analysis: FormAnalysis, pageId: string): PageFlags {
  return analysis.pages.get(pageId) ?? noPageFlags;
}

function sameFlags(a: PageFlags, b: PageFlags): boolean {
  if (a.size !== b.size) return false;
  for (const [id, flags] of a) {
    const other = b.get(id);
    if (
      !other ||
      other.issues !== flags.issues ||
      other.unjustified !== flags.unjustified ||
      other.conditional !== flags.conditional
    ) {
      return false;
    }
  }
  return true;
}

/**
 * One pass over the form for the canvas and the header: problems, justifications,
 * conditions. Page maps equal to those of `previous` are reused as they were.
 */
export function analyzeForm(form: Form, previous?: FormAnalysis): FormAnalysis {
  const pages = new Map<string, Map<string, RowFlags>>(
    form.pages.map((page) => [page.id, new Map()]),
  );
  const unjustified: string[] = [];
  const problems: FormAnalysis['problems'] = [];
  let questions = 0;
  form.pages.forEach((page) => {
    if (conditionIssues(form, { kind: 'page', id: page.id }, page.visibleWhen).length > 0) {
      problems.push({ kind: 'page', id: page.id });
    }
  });
  for (const { field, pageId } of allFields(form)) {
    const owner = { kind: 'field' as const, id: field.id };
    const issues =
      fieldIssues(field).length +
      conditionIssues(form, owner, field.visibleWhen).length +
      conditionIssues(form, owner, field.requiredWhen).length;
    const answerable = isAnswerable(field.type);
    const missing = lacksJustification(field);
    if (answerable) questions++;
    if (missing) unjustified.push(field.id);
    if (issues > 0) problems.push(owner);
    const conditional =
      conditionRules(field.visibleWhen).length > 0 || conditionRules(field.requiredWhen).length > 0;
    if (issues > 0 || missing || conditional) {
      pages.get(pageId)!.set(field.id, { issues, unjustified: missing, conditional });
    }
  }
  const shared = new Map<string, PageFlags>();
  for (const [pageId, flags] of pages) {
    const before = previous?.pages.get(pageId);
    shared.set(pageId, before && sameFlags(before, flags) ? before : flags);
  }
  return { pages: shared, questions, unjustified, problems };
}

// The designer shows one form at a time: the last analysis is what the next one shares with.
let last: FormAnalysis | undefined;

/** `analyzeForm`, sharing unchanged pages with the designer's previous analysis. */
export function analyzeFormFrom(form: Form): FormAnalysis {
  last = analyzeForm(form, last);
  return last;
}
