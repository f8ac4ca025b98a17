import type { TFunction } from 'i18next';
import type { FactorDetail, FactorExplanation } from '../../domain/service-catalogue/scoring';

function detailText(t: TFunction, detail: FactorDetail, number: Intl.NumberFormat): string {
  const p = 'serviceCatalogue:priorities.details';
  switch (detail.factor) {
    case 'volume':
      return detail.volume === undefined
        ? t(`${p}.volumeUnknown`)
        : t(`${p}.volume`, {
            volume: number.format(detail.volume),
            largest: number.format(detail.largest),
          });
    case 'usersReached':
      return t(`${p}.usersReached`, { count: detail.kinds });
    case 'stepsSaved':
      return t(`${p}.stepsSaved`, {
        interactions: detail.interactions ?? '?',
        visits: detail.visits ?? '?',
      });
    case 'lifeEvent':
      return t(`${p}.lifeEvent`, { count: detail.events });
    case 'onlineGap':
    case 'headStart':
      return t(`${p}.${detail.factor}`, { level: detail.level });
    case 'blocksAvailable': {
      if (detail.needed === 0) return t(`${p}.blocksAvailableNone`);
      const block = (id: string) => t(`serviceCatalogue:blocks.${id}`);
      const provided = detail.providedBy
        .map((each) => t(`${p}.blockProvidedBy`, { block: block(each.block), system: each.system }))
        .join(', ');
      const missing = detail.missing.map(block).join(', ');
      if (detail.missing.length === 0)
        return t(`${p}.blocksAvailableAll`, { count: detail.needed, provided });
      if (provided === '') return t(`${p}.blocksAvailableMissing`, { missing });
      return t(`${p}.blocksAvailableSome`, { provided, missing });
    }
    case 'noLegalChange':
      return t(detail.legalChangeNeeded ? `${p}.legalChange` : `${p}.noLegalChange`);
    case 'prototyped':
      return t(`${p}.prototyped`, { count: detail.prototypes });
  }
}

/** One line of how a score was computed: the factor, why, its weight and its points. */
export function explanationLine(
  t: TFunction,
  line: FactorExplanation,
  number: Intl.NumberFormat,
): string {
  return t('serviceCatalogue:priorities.explanationLine', {
    factor: t(`serviceCatalogue:priorities.factors.${line.factor}`),
    detail: detailText(t, line.detail, number),
    weight: line.weight,
    points: Math.round(line.points * 10) / 10,
  });
}
