import { useMemo } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { agentImpactsFromProcess } from '../../domain/frame/agentImpacts';
import { frameDocument } from '../../domain/frame/document';
import { useEditorStore } from '../../state/editorStore';
import { useReadProcessGraph } from '../../state/processGraph';
import { DocumentActions } from '../../ui/documents/DocumentActions';
import { DocumentView } from '../../ui/documents/DocumentView';

const noGraph = { elements: [], flows: [] };

/** The frame as a document: read here, printed, or downloaded to hand round. */
export function FrameDocument() {
  const { t, i18n } = useTranslation('frame');
  const prototype = useEditorStore((state) => state.prototype);
  const { shown } = useReadProcessGraph();
  const language = i18n.language;
  const doc = useMemo(() => {
    if (!prototype) return undefined;
    const euros = new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' });
    // A deadline is a day, not an instant: read and written in UTC so that no zone shifts it.
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    return frameDocument(prototype, agentImpactsFromProcess(shown ?? noGraph), {
      t: (key, params) => t(key, params ?? {}),
      amount: (amount) => euros.format(amount),
      date: (isoDate) => day.format(new Date(`${isoDate}T00:00:00Z`)),
    });
  }, [prototype, shown, language, t]);
  if (!doc) return null;
  return (
    <>
      <DocumentActions document={doc} fileName={t('document.fileName')} />
      <DocumentView document={doc} />
    </>
  );
}
