import { useEffect, useState } from 'react';
import { useTranslation } from '../../../ui/i18n/useTranslation';
import type { FabrikDocument } from '../../../domain/documents/model';
import { partDocuments } from '../../../domain/going-further/documents';
import { partLabelKey, partNamespace } from '../../../domain/going-further/namespace';
import type { GoingFurther, GoingFurtherPart } from '../../../domain/going-further/schema';
import type { PrototypeContent } from '../../../domain/prototype/schema';
import { loadStepStrings } from '../../../state/stepStrings';
import { DocumentView } from '../../../ui/documents/DocumentView';
import { useLoaded } from '../../../ui/useLoaded';

/** One part's documents, drafted from the content in the part's own words. */
function PartDocuments({ part, content }: { part: GoingFurtherPart; content: PrototypeContent }) {
  const { i18n } = useTranslation();
  const [documents, setDocuments] = useState<FabrikDocument[]>();
  const language = i18n.language;
  useEffect(() => {
    const load = partDocuments[part];
    if (!load) return;
    let live = true;
    const t = i18n.getFixedT(language, partNamespace(part));
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    void load()
      .then((draft) =>
        draft(content, {
          t: (key, params) => t(key, params ?? {}),
          date: (day) => date.format(new Date(`${day}T00:00:00Z`)),
        }),
      )
      .then((drafted) => live && setDocuments(drafted));
    return () => {
      live = false;
    };
  }, [part, content, i18n, language]);
  return documents?.map((document, index) => (
    <DocumentView key={index} document={document} titleLevel={3} />
  ));
}

/**
 * « Pour aller plus loin », part by part as far as it was drafted, each as its documents.
 * Its labels are the step's own strings, loaded with every step's readiness messages.
 */
export function GoingFurtherView({ content }: { content: PrototypeContent }) {
  const loaded = useLoaded(loadStepStrings);
  const { t, i18n } = useTranslation('review');
  if (loaded === undefined && !i18n.hasResourceBundle(i18n.language, 'goingFurther')) return null;
  const goingFurther: GoingFurther = content.goingFurther ?? {};
  const parts = Object.keys(goingFurther) as GoingFurtherPart[];
  if (parts.length === 0) return <p>{t('goingFurther.none')}</p>;
  return parts.map((part) =>
    partDocuments[part] ? (
      <PartDocuments key={part} part={part} content={content} />
    ) : (
      <p key={part}>{t(partLabelKey(part), { defaultValue: part })}</p>
    ),
  );
}
