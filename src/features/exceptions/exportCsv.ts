import type { TFunction } from 'i18next';
import { toCsv } from '../../domain/exceptions/csv';
import type { PrototypeException } from '../../domain/exceptions/schema';
import type { PrototypeContent } from '../../domain/prototype/schema';
import { downloadFile } from '../../ui/download';
import { originName } from './originName';

/**
 * Downloads the exceptions as a CSV file for a spreadsheet, with the words shown on
 * screen; French spreadsheets expect ";" between cells.
 */
export function downloadExceptionsCsv(
  exceptions: readonly PrototypeException[],
  prototype: PrototypeContent,
  t: TFunction<'exceptions'>,
  language: string,
  currentName: (
    kind: 'field' | 'process-element' | 'status',
    id: string,
  ) => string | undefined | null,
): void {
  const person = (id?: string) => prototype.team.find((p) => p.id === id)?.name ?? '';
  const workshop = (id?: string) => prototype.workshops.find((w) => w.id === id)?.title ?? '';
  const header = [
    t('fields.title'),
    t('fields.description'),
    t('frequency.label'),
    t('frequency.shareLabel'),
    t('fields.raisedBy'),
    t('fields.workshop'),
    t('decision.label'),
    t('fields.owner'),
    t('status.label'),
    t('fields.step'),
    t('fields.concerns'),
    t('fields.createdAt'),
  ];
  const rows = exceptions.map((exception) => [
    exception.title,
    exception.description,
    t(`frequency.${exception.frequency}`),
    exception.sharePercent === undefined ? '' : String(exception.sharePercent),
    person(exception.raisedById),
    workshop(exception.workshopId),
    exception.decision ? t(`decision.${exception.decision}`) : t('decision.none'),
    person(exception.ownerId),
    t(`status.${exception.status}`),
    originName(t as TFunction, exception.context.step),
    exception.context.target
      ? `${t(`kinds.${exception.context.target.kind}`)} ${
          currentName(exception.context.target.kind, exception.context.target.id) ??
          exception.context.target.label
        }`
      : '',
    exception.createdAt,
  ]);
  const separator = language.startsWith('fr') ? ';' : ',';
  const date = new Date().toISOString().slice(0, 10);
  downloadFile(
    `${t('csv.fileName')}-${date}.csv`,
    toCsv([header, ...rows], separator),
    'text/csv;charset=utf-8',
  );
}
