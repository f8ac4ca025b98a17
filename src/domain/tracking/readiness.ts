import { readProcessGraph } from '../process/readGraph';
import type { Prototype } from '../prototype/schema';
import type { ReadinessIssue } from '../readiness';
import type { ReadinessContext } from '../steps/registry';
import { codeCount, MIN_SAFE_CODE_COUNT } from './code';
import { placeholderFields } from './formFields';
import { analyseCommitment } from './commitments';
import { mappingProblems, stepName } from './mapping';
import { checkMessage, expectedDateBasis } from './templateChecks';
import { timeLimitProblems } from './timeLimits';
import { staleWordings } from './wording';

const issue = (
  messageKey: string,
  severity: ReadinessIssue['severity'],
  params?: ReadinessIssue['params'],
  target?: ReadinessIssue['target'],
): ReadinessIssue => ({
  step: 'tracking',
  messageKey: `tracking:readiness.${messageKey}`,
  severity,
  ...(params ? { params } : {}),
  ...(target ? { target } : {}),
});

function codeIssues(prototype: Prototype): ReadinessIssue[] {
  const { code } = prototype.tracking;
  const issues: ReadinessIssue[] = [];
  if (
    code.confirmFieldId &&
    !placeholderFields(prototype).some((f) => f.id === code.confirmFieldId)
  ) {
    issues.push(issue('confirmFieldMissing', 'error'));
  }
  if (codeCount(code) < MIN_SAFE_CODE_COUNT) issues.push(issue('codeGuessable', 'warning'));
  return issues;
}

function statusIssues(prototype: Prototype): ReadinessIssue[] {
  const { statuses } = prototype.tracking;
  const issues: ReadinessIssue[] = statuses
    .map((status, index) => ({ status, index }))
    .filter(({ status }) => status.label.trim() === '')
    .map(({ status, index }) =>
      issue(
        'statusWithoutLabel',
        'error',
        { position: index + 1 },
        { kind: 'status', id: status.id },
      ),
    );
  if (!statuses.some((status) => status.final)) issues.push(issue('noFinalStatus', 'error'));
  return issues;
}

function messageIssues(prototype: Prototype): ReadinessIssue[] {
  const fields = placeholderFields(prototype);
  const labels = new Map(prototype.tracking.statuses.map((status) => [status.id, status.label]));
  const basis = expectedDateBasis(prototype.tracking.commitment);
  const perMessage = prototype.tracking.messages.flatMap((message) => {
    const problems = checkMessage(message, fields, basis);
    const target = { kind: 'message' as const, id: message.id };
    const status = labels.get(message.statusId) ?? '';
    const invalid = problems.some((problem) => problem.group === 'invalid')
      ? [issue('invalidMessage', 'error', { status }, target)]
      : [];
    const dangling = problems.flatMap((problem) => {
      if (problem.kind === 'unknownName' || problem.kind === 'deletedField') {
        return [issue('danglingPlaceholder', 'error', { status, name: problem.name }, target)];
      }
      if (problem.kind === 'reasonWithoutReasons') {
        return [issue('reasonWithoutReasons', 'error', { status }, target)];
      }
      return [];
    });
    // Advice does not block: the message can be sent, but may mislead the requester.
    const advice = problems.flatMap((problem) =>
      problem.kind === 'unpromisedDate'
        ? [
            issue(
              problem.basis === 'indication' ? 'dateUnderIndication' : 'dateWithoutTime',
              'warning',
              { status },
              target,
            ),
          ]
        : [],
    );
    return [...invalid, ...dangling, ...advice];
  });
  const reworded = staleWordings(prototype.tracking).map(({ status, formerLabel }) =>
    issue(
      'staleWording',
      'warning',
      { status: status.label, former: formerLabel },
      { kind: 'status', id: status.id },
    ),
  );
  return [...perMessage, ...reworded];
}

async function processIssues(prototype: Prototype, today: Date): Promise<ReadinessIssue[]> {
  const { statuses, commitment } = prototype.tracking;
  const xml = prototype.process.bpmnXml;
  const issues: ReadinessIssue[] = [];
  if (commitment.days === null) issues.push(issue('noCommitment', 'warning'));
  if (commitment.silence !== 'none' && commitment.silenceAfterDays === null) {
    issues.push(issue('silenceWithoutPeriod', 'error'));
  }
  if (xml.trim() === '') return [...issues, issue('noProcess', 'warning')];
  const read = await readProcessGraph(xml);
  // An unreadable diagram is the processing step's own error.
  if (!read.ok) return issues;
  const problems = mappingProblems(read.graph, statuses);
  const status = (id: string) => ({ kind: 'status' as const, id });
  const element = (id: string) => ({ kind: 'process-element' as const, id });
  issues.push(
    ...problems.unsetStatuses.map((s) =>
      issue('unsetStatus', 'warning', { status: s.label }, status(s.id)),
    ),
    ...problems.unreachableFinals.map((s) =>
      issue('unreachableFinal', 'error', { status: s.label }, status(s.id)),
    ),
    ...problems.stepsWithoutStatus.map((e) =>
      issue('stepWithoutStatus', 'warning', { step: stepName(e) }, element(e.id)),
    ),
    ...problems.stepsWithUnknownStatus.map((e) =>
      issue('stepWithUnknownStatus', 'error', { step: stepName(e) }, element(e.id)),
    ),
  );
  issues.push(
    ...timeLimitProblems(read.graph, statuses).map((problem) =>
      issue(
        'timeLimitUnbacked',
        'warning',
        { status: problem.status.label, days: problem.days },
        status(problem.status.id),
      ),
    ),
  );
  const analysis = analyseCommitment(read.graph, statuses, commitment, today);
  if (analysis.breaking.length > 0 && commitment.days !== null) {
    issues.push(
      issue(
        commitment.kind === 'commitment' ? 'pathsBreakCommitment' : 'pathsExceedIndication',
        commitment.kind === 'commitment' ? 'error' : 'warning',
        {
          count: analysis.breaking.length,
          days: commitment.days,
          longest: analysis.longestDays ?? 0,
        },
      ),
    );
  }
  if (analysis.outlastsSilence) {
    issues.push(
      issue(
        commitment.silence === 'acceptance'
          ? 'outlastsSilenceAcceptance'
          : 'outlastsSilenceRefusal',
        'warning',
        {
          longest: analysis.longestDays ?? 0,
          days: commitment.silenceAfterDays ?? 0,
        },
      ),
    );
  }
  return issues;
}

/** What the tracking step still lacks before review, for the review checklist. */
export async function trackingReadiness(
  prototype: Prototype,
  { today }: ReadinessContext,
): Promise<ReadinessIssue[]> {
  return [
    ...codeIssues(prototype),
    ...statusIssues(prototype),
    ...messageIssues(prototype),
    ...(await processIssues(prototype, today)),
  ];
}
