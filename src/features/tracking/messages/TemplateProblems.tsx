import { useTranslation } from '../../../ui/i18n/useTranslation';
import {
  builtinNames,
  toTypedTemplate,
  type PlaceholderField,
  type PlaceholderLanguage,
} from '../../../domain/tracking/placeholders';
import { isBlocking, type TemplateProblem } from '../../../domain/tracking/templateChecks';

interface TemplateProblemsProps {
  id: string;
  problems: readonly TemplateProblem[];
  fields: readonly PlaceholderField[];
  language: PlaceholderLanguage;
}

/** A problem in the team's words, with placeholders as the team types them. */
function useDescribe(fields: readonly PlaceholderField[], language: PlaceholderLanguage) {
  const { t } = useTranslation('tracking');
  return (problem: TemplateProblem): string => {
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
      case 'unpromisedDate':
        return t(
          problem.basis === 'indication'
            ? 'messages.advice.dateUnderIndication'
            : 'messages.advice.dateWithoutTime',
          { placeholder: `{{${builtinNames.expectedDate[language]}}}` },
        );
    }
  };
}

/** Says, in the team's words, why a message cannot be sent as it is (advice aside). */
export function TemplateProblems({ id, problems, fields, language }: TemplateProblemsProps) {
  const { t } = useTranslation('tracking');
  const describe = useDescribe(fields, language);
  const blocking = problems.filter(isBlocking);
  if (blocking.length === 0) return null;
  return (
    <div id={id} className="banner banner--error">
      <h3 className="banner__title">{t('messages.problems.heading')}</h3>
      <ul>
        {blocking.map((problem, index) => (
          <li key={index}>{describe(problem)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Advises on what the requester may misread in a message that can still be sent. */
export function TemplateAdvice({ id, problems, fields, language }: TemplateProblemsProps) {
  const { t } = useTranslation('tracking');
  const describe = useDescribe(fields, language);
  const advice = problems.filter((problem) => !isBlocking(problem));
  if (advice.length === 0) return null;
  return (
    <div id={id} className="banner banner--warning">
      <h3 className="banner__title">{t('messages.advice.heading')}</h3>
      <ul>
        {advice.map((problem, index) => (
          <li key={index}>{describe(problem)}</li>
        ))}
      </ul>
    </div>
  );
}
