import { useTranslation } from 'react-i18next';
import {
  builtinNames,
  toTypedTemplate,
  type PlaceholderField,
  type PlaceholderLanguage,
} from '../../../domain/tracking/placeholders';
import type { TemplateProblem } from '../../../domain/tracking/templateChecks';

interface TemplateProblemsProps {
  id: string;
  problems: readonly TemplateProblem[];
  fields: readonly PlaceholderField[];
  language: PlaceholderLanguage;
}

/** Says, in the team's words, why a message cannot be sent as it is. */
export function TemplateProblems({ id, problems, fields, language }: TemplateProblemsProps) {
  const { t } = useTranslation('tracking');
  if (problems.length === 0) return null;
  const describe = (problem: TemplateProblem): string => {
    switch (problem.kind) {
      case 'html':
        return t('messages.problems.html', { tag: problem.tag });
      case 'unclosed':
        return t('messages.problems.unclosed', {
          excerpt: problem.excerpt,
          open: '{{',
          close: '}}',
        });
      case 'empty':
        return t('messages.problems.empty', { braces: '{{ }}' });
      case 'unknownName':
        return t('messages.problems.unknownName', { placeholder: `{{${problem.name}}}` });
      case 'deletedField':
        return t('messages.problems.deletedField', {
          placeholder: toTypedTemplate(
            `{{field:${problem.fieldId}|${problem.name}}}`,
            fields,
            language,
          ),
        });
      case 'reasonWithoutReasons':
        return t('messages.problems.reasonWithoutReasons', {
          placeholder: `{{${builtinNames.reason[language]}}}`,
        });
    }
  };
  return (
    <div id={id} className="banner banner--error">
      <h3 className="banner__title">{t('messages.problems.heading')}</h3>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>{describe(problem)}</li>
        ))}
      </ul>
    </div>
  );
}
