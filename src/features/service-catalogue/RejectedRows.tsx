import { useTranslation } from '../../ui/i18n/useTranslation';
import type { RejectedRow } from '../../domain/service-catalogue/csvImport';

/** Rows shown at most: beyond, the count says how many more there are. */
const SHOWN = 200;

/** The rows of the file that cannot be read, by line, with every reason. */
export function RejectedRows({ rejected, columns }: { rejected: RejectedRow[]; columns: number }) {
  const { t } = useTranslation('serviceCatalogue');
  if (rejected.length === 0) return null;
  return (
    <>
      <h3>{t('import.rejectedTitle', { count: rejected.length })}</h3>
      <div className="service-catalogue__table-wrap">
        <table className="service-catalogue__table">
          <caption>{t('import.rejectedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.line')}</th>
              <th scope="col">{t('import.service')}</th>
              <th scope="col">{t('import.why')}</th>
            </tr>
          </thead>
          <tbody>
            {rejected.slice(0, SHOWN).map((row) => (
              <tr key={row.line}>
                <th scope="row">{row.line}</th>
                <td>{row.name}</td>
                <td>
                  <ul>
                    {row.problems.map((problem, index) => (
                      <li key={index}>
                        {t('import.problemLine', {
                          target: t(`import.targets.${problem.target}`),
                          problem: t(`import.rowProblems.${problem.code}`, {
                            value: problem.value,
                            expected: columns,
                          }),
                        })}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rejected.length > SHOWN && (
        <p>{t('import.rejectedMore', { count: rejected.length - SHOWN })}</p>
      )}
    </>
  );
}
