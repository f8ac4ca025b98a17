import { useTranslation } from '../../ui/i18n/useTranslation';
import { useSearchParams } from 'wouter';
import { useEditorStore } from '../../state/editorStore';
import { RunningWorkshop } from './RunningWorkshop';
import { TeamSection } from './TeamSection';
import { useVersionList } from './useVersionList';
import { VersionCompare } from './VersionCompare';
import { VersionsSection } from './VersionsSection';
import { VersionView } from './VersionView';
import { WorkshopPlan } from './WorkshopPlan';
import './i18n';
import './workshops.css';

/**
 * The workshops step: the running workshop, the team, the plan and the versions. A version
 * opened read-only (?version=) or a comparison (?compare=&with=) has its own address, so the
 * browser's back button returns to the list.
 */
export default function WorkshopsScreen() {
  const { t } = useTranslation('workshops');
  const prototypeId = useEditorStore((state) => state.prototype?.id);
  const list = useVersionList(prototypeId);
  const [params] = useSearchParams();
  const versions = list.state === 'ready' ? list.versions : [];
  const versionId = params.get('version');
  const compare = params.get('compare');

  if (versionId) return <VersionView id={versionId} />;
  if (compare)
    return <VersionCompare list={list} from={compare} to={params.get('with') ?? 'current'} />;
  return (
    <section className="page workshops">
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>
      <RunningWorkshop />
      <TeamSection />
      <WorkshopPlan versions={versions} />
      <VersionsSection list={list} />
    </section>
  );
}
