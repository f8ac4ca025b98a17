import type { ReactNode } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { openQuestions } from '../../domain/frame/questions';
import { useEditorStore } from '../../state/editorStore';
import { elementId } from '../../ui/links';

/** What the frame does not answer yet, each linking to where it is answered. */
export function OpenQuestions() {
  const { t } = useTranslation('frame');
  const prototype = useEditorStore((state) => state.prototype);
  if (!prototype) return null;
  const questions = openQuestions(prototype.frame, prototype);
  return (
    <section className="frame__questions" aria-labelledby="frame-questions">
      <h2 id="frame-questions">{t('questions.title')}</h2>
      {questions.length === 0 ? (
        <p>{t('questions.none')}</p>
      ) : (
        <>
          <p>{t('questions.count', { count: questions.length })}</p>
          <ul>
            {questions.map((question, index) => (
              <li key={`${question.messageKey}-${question.itemId ?? index}`}>
                <a href={`#${elementId('frame', question.part)}`}>
                  {t(question.messageKey, question.params)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** A part of the frame: its heading is the target of the open questions' links. */
export function FramePart({
  part,
  title,
  level = 2,
  children,
}: {
  part: string;
  title: string;
  level?: 2 | 3;
  children: ReactNode;
}) {
  const id = elementId('frame', part);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="frame__part" aria-labelledby={id}>
      <Heading id={id} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
