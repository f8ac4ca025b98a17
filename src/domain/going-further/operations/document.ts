import type { DocumentBlock, FabrikDocument } from '../../documents/model';
import type { DocumentWords } from '../words';
import type { Actor } from './actors';
import { actorLabel, raciProblemText } from './messages';
import { checkRaci, isRaciWarning } from './rules';
import type { Operation } from './schema';

/**
 * The RACI as a document: the matrix (an operation per row, an actor per column, a letter
 * where the actor has one), the meaning of the letters, then what the check finds.
 */
export function raciDocument(
  name: string,
  operations: readonly Operation[],
  actors: readonly Actor[],
  words: DocumentWords,
): FabrikDocument {
  const { t } = words;
  const problems = checkRaci(operations, actors);
  const blocks: DocumentBlock[] = [
    { kind: 'paragraph', text: t('document.legend') },
    operations.length === 0
      ? { kind: 'paragraph', text: t('document.noOperation') }
      : {
          kind: 'table',
          caption: t('document.matrix'),
          columns: [t('document.operation'), ...actors.map((actor) => actorLabel(actor, t))],
          rows: operations.map((operation, index) => [
            operation.name.trim() || t('operation', { number: index + 1 }),
            ...actors.map((actor) => operation.raci[actor.id] ?? ''),
          ]),
        },
    { kind: 'heading', level: 1, text: t('document.checks') },
  ];
  const errors = problems.filter((problem) => !isRaciWarning(problem));
  const warnings = problems.filter(isRaciWarning);
  const text = (problem: (typeof problems)[number]) =>
    raciProblemText(problem, operations, actors, words);
  if (problems.length === 0) blocks.push({ kind: 'paragraph', text: t('checks.none') });
  if (errors.length > 0)
    blocks.push(
      { kind: 'paragraph', text: t('checks.errors', { count: errors.length }) },
      { kind: 'list', items: errors.map(text) },
    );
  if (warnings.length > 0)
    blocks.push(
      { kind: 'paragraph', text: t('checks.warnings', { count: warnings.length }) },
      { kind: 'list', items: warnings.map(text) },
    );
  return { title: t('document.title', { name }), blocks };
}
