import i18next from 'i18next';
import {
  documentEn,
  documentFr,
} from '../../../../src/features/going-further/production/documentStrings';
import type { Translate } from '../../../../src/domain/going-further/production/translate';
import type { ProcessGraph } from '../../../../src/domain/process/graph';

/** The production documents' words, as the screen hands them to the generators. */
export async function translator(lng: 'fr' | 'en' = 'fr'): Promise<Translate> {
  const instance = i18next.createInstance();
  await instance.init({
    lng,
    resources: { fr: { production: documentFr }, en: { production: documentEn } },
    defaultNS: 'production',
    interpolation: { escapeValue: false },
  });
  return (key, values) => instance.t(key, values);
}

type Spec = [id: string, type: string, name?: string, extra?: object];

/** A graph written by hand: elements as [id, BPMN type, name], flows as "a>b" or "a>b:name". */
export function graphOf(elements: Spec[], flows: string[]): ProcessGraph {
  const kindOf = (type: string) =>
    type === 'bpmn:StartEvent'
      ? 'start'
      : type === 'bpmn:EndEvent'
        ? 'end'
        : type.endsWith('Gateway')
          ? 'gateway'
          : type.endsWith('Event')
            ? 'event'
            : 'task';
  return {
    elements: elements.map(([id, type, name = id, extra = {}]) => ({
      id,
      type,
      kind: kindOf(type),
      name,
      ...extra,
    })),
    flows: flows.map((flow, index) => {
      const [ends, name = ''] = flow.split(':');
      const [sourceId, targetId] = ends!.split('>');
      return { id: `f${index}`, sourceId: sourceId!, targetId: targetId!, name };
    }),
  };
}
