import { useMemo } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import { calendarDocument } from '../../../domain/going-further/calendar/document';
import type { CalendarState } from './useCalendar';
import type { DocumentWords } from '../../../domain/going-further/words';
import { useEditorStore } from '../../../state/editorStore';
import { DocumentActions } from '../../../ui/documents/DocumentActions';
import { LazyDocument } from '../LazyDocument';

/** The calendar as a document to print, or download as DOCX and CSV; read here when unfolded. */
export function CalendarDocument({
  state: { operations, calendar, schedule },
  words,
}: {
  state: CalendarState;
  words: DocumentWords;
}) {
  const { t } = useTranslation('goingFurther-calendar');
  const name = useEditorStore((store) => store.prototype?.name ?? '');
  const doc = useMemo(
    () => calendarDocument(name, operations, calendar, schedule, words),
    [name, operations, calendar, schedule, words],
  );
  return (
    <section className="going-further__document" aria-labelledby="calendar-document">
      <h3 id="calendar-document">{t('document.show')}</h3>
      <DocumentActions document={doc} fileName={t('document.fileName')} />
      <LazyDocument document={doc} />
    </section>
  );
}
