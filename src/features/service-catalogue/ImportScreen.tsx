import { useMemo, useState } from 'react';
import { useTranslation } from '../../ui/i18n/useTranslation';
import { useLocation } from 'wouter';
import { newId } from '../../domain/ids';
import {
  guessMapping,
  importTargets,
  mappingProblems,
  MAX_IMPORT_ROWS,
  previewImport,
  readCsv,
  type CsvTable,
  type ImportTarget,
} from '../../domain/service-catalogue/csvImport';
import type { ServiceEntry } from '../../domain/service-catalogue/schema';
import { notify } from '../../state/notifications';
import { addServiceEntries } from '../../storage/serviceCatalogueRepository';
import { FilePickButton } from '../../ui/FilePickButton';
import { SelectField } from '../../ui/SelectField';
import { serviceCataloguePaths } from './paths';
import { RejectedRows } from './RejectedRows';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'failed'; file: string; message: string }
  | { kind: 'mapping'; file: string; table: CsvTable; mapping: (ImportTarget | null)[] };

const IGNORE = '';

function MappingStep({
  state,
  entries,
  onMapping,
  onCancel,
}: {
  state: Extract<ImportState, { kind: 'mapping' }>;
  entries: ServiceEntry[];
  onMapping: (mapping: (ImportTarget | null)[]) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('serviceCatalogue');
  const [, navigate] = useLocation();
  const [storing, setStoring] = useState(false);
  const { table, mapping, file } = state;
  const problems = mappingProblems(mapping);
  const preview = useMemo(
    () =>
      previewImport(
        table,
        mapping,
        entries.map((entry) => entry.name),
        newId,
        new Date(),
      ),
    [table, mapping, entries],
  );
  const options = [
    { value: IGNORE, label: t('import.ignore') },
    ...importTargets.map((target) => ({ value: target, label: t(`import.targets.${target}`) })),
  ];
  const store = async () => {
    setStoring(true);
    try {
      await addServiceEntries(preview.entries);
      notify({
        tone: 'success',
        messageKey: 'serviceCatalogue:import.done',
        params: { count: preview.entries.length },
      });
      navigate(serviceCataloguePaths.list);
    } catch {
      setStoring(false);
      notify({ tone: 'error', messageKey: 'serviceCatalogue:import.failed' });
    }
  };
  return (
    <>
      {table.notUtf8 && (
        <div className="banner banner--warning" role="alert">
          <p>{t('import.notUtf8')}</p>
        </div>
      )}
      <section aria-labelledby="import-mapping">
        <h2 id="import-mapping">{t('import.mappingTitle')}</h2>
        <p>{t('import.mappingIntro', { file })}</p>
        <div className="service-catalogue__mapping">
          {table.headers.map((header, index) => (
            <SelectField
              key={index}
              label={t('import.column', { header: header || String(index + 1) })}
              help={
                table.rows[0]?.cells[index]
                  ? t('import.example', { value: table.rows[0].cells[index] })
                  : undefined
              }
              value={mapping[index] ?? IGNORE}
              options={options}
              onChange={(value) =>
                onMapping(
                  mapping.map((target, column) =>
                    column === index ? ((value || null) as ImportTarget | null) : target,
                  ),
                )
              }
            />
          ))}
        </div>
        {problems.length > 0 && (
          <ul className="banner banner--error" role="alert">
            {problems.map((problem) => (
              <li key={problem.code + (problem.code === 'targetTwice' ? problem.target : '')}>
                {problem.code === 'nameNotMapped'
                  ? t('import.nameNotMapped')
                  : t('import.targetTwice', { target: t(`import.targets.${problem.target}`) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      {problems.length === 0 && (
        <section aria-labelledby="import-preview">
          <h2 id="import-preview">{t('import.previewTitle')}</h2>
          <p role="status">{t('import.readable', { count: preview.entries.length })}</p>
          <RejectedRows rejected={preview.rejected} columns={table.headers.length} />
        </section>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={problems.length > 0 || preview.entries.length === 0 || storing}
          onClick={() => void store()}
        >
          {t('import.confirm', { count: problems.length > 0 ? 0 : preview.entries.length })}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('import.cancel')}
        </button>
      </div>
    </>
  );
}

/** A spreadsheet of services in: columns matched, unreadable rows listed, then stored. */
export function ImportScreen({ entries }: { entries: ServiceEntry[] }) {
  const { t } = useTranslation('serviceCatalogue');
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const readFile = async (file: File) => {
    setState({ kind: 'reading' });
    const read = readCsv(new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) {
      setState({
        kind: 'failed',
        file: file.name,
        message:
          read.problem === 'empty'
            ? t('import.empty', { file: file.name })
            : t('import.tooManyRows', { file: file.name, rows: read.rows, max: MAX_IMPORT_ROWS }),
      });
      return;
    }
    setState({
      kind: 'mapping',
      file: file.name,
      table: read.table,
      mapping: guessMapping(read.table.headers),
    });
  };
  return (
    <>
      <h1>{t('import.title')}</h1>
      <p className="lead">{t('import.intro')}</p>
      {state.kind !== 'mapping' && (
        <FilePickButton
          text={t('import.pick')}
          label={t('import.pickLabel')}
          accept=".csv,text/csv"
          onFile={(file) => void readFile(file)}
        />
      )}
      {state.kind === 'reading' && <p role="status">{t('import.reading')}</p>}
      {state.kind === 'failed' && (
        <div className="banner banner--error" role="alert">
          <p>{state.message}</p>
        </div>
      )}
      {state.kind === 'mapping' && (
        <MappingStep
          state={state}
          entries={entries}
          onMapping={(mapping) => setState({ ...state, mapping })}
          onCancel={() => {
            setState({ kind: 'idle' });
            notify({ tone: 'info', messageKey: 'serviceCatalogue:import.cancelled' });
          }}
        />
      )}
    </>
  );
}
