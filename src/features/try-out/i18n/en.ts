import type { Translation } from '../../../ui/i18n/types';
import type { fr } from './fr';

export const en: Translation<typeof fr> = {
  title: 'Try the e-service',
  intro:
    'Play a request end to end: fill in the form as a requester, then move the processing on as the agents, and see what the requester sees and receives. Nothing is sent, and the try-out does not change the prototype.',
  loading: 'Loading the try-out…',
  requester: {
    heading: 'The requester fills in the form',
    formTitle: 'Requester’s form',
    noProcess:
      'The processing is not drawn yet: once sent, the try-out cannot go further than the submission.',
    startLegend: 'How does the request come in?',
    startHelp:
      'The processing has several start events: the request comes in through one of them only.',
    unnamedStart: 'Unnamed start',
    sameNameStart: '{{name}} ({{rank}})',
  },
  run: {
    sentAt: 'Request sent on {{date}}, tracking code {{code}}.',
    undo: 'Undo the last action',
    restart: 'Start the try-out again',
    restartTitle: 'Start the try-out again?',
    restartMessage:
      'The requester’s answers and the progress of the processing in this try-out will be erased. The prototype is not changed.',
    restartConfirm: 'Start again',
    undone: 'Last action undone.',
    changedElsewhere: 'The try-out moved on in another tab: it is shown as it is there.',
    unreadable:
      'The try-out stored in this browser cannot be read by this version of Fabrik. It is kept aside, never overwritten: export its raw content to keep it. A new request starts a new try-out.',
    exportRaw: 'Export its raw content',
    loadFailed:
      'The try-out stored in the browser could not be read. Reload the page; sending a new request will replace it.',
    saveFailed:
      'The try-out could not be stored in the browser: it goes on on screen, but will be lost when the page closes.',
  },
  agents: {
    heading: 'Agents’ side',
    todo: 'To do now',
    nothing: 'Nothing left to do.',
    who: 'Who: ',
    noRole: 'role not set',
    delay: 'Time limit: ',
    due: '$t(trackingPage:workingDays, {"count": {{days}} }), that is until {{date}}',
    noDelay: 'no time limit set',
    sets: 'Status shown to the requester: ',
    complete: 'Complete “{{name}}”',
    happened: 'It happened: “{{name}}”',
    waitingEvent: 'Waiting',
    boundary: '{{name}} (interrupts “{{step}}”)',
    boundaryAlongside: '{{name}} (without interrupting “{{step}}”)',
    choose: 'Choose the way on',
    chooseSeveral: 'Tick each way the request takes: one or several, followed at the same time.',
    goOnAlong: 'Go on from “{{name}}” along the ticked ways',
    noWayTicked: 'Tick at least one way to go on.',
    optionOf: '(“{{name}}”)',
    unnamedStep: 'Unnamed step',
    unnamedOption: 'To an unnamed step',
    request: 'The request received',
    log: 'What happened',
    logEmpty: 'Nothing yet: the request has just arrived.',
    logEntry: {
      done: '“{{name}}” completed',
      happened: '“{{name}}”: it happened',
      chosen: '“{{name}}”: {{option}}',
      triggered: '“{{boundary}}” interrupted “{{name}}”',
      triggeredAlongside: '“{{boundary}}”: it happened during “{{name}}”, which goes on',
      ended: 'End: “{{name}}”',
      stuck: 'Stopped at “{{name}}”: no flow leaves it',
    },
    nowShown: 'The requester now sees the status “{{status}}”',
    logDay: '{{date}} (working day {{day}})',
    over: 'The request has reached the end of the processing.',
    stuck:
      'The processing stops at {{names}} without reaching an end: no flow leaves it. Add what follows in the “Processing” step.',
    blocked:
      'The request waits at {{names}} for branches that will never come: nothing can move it on any more. A parallel gateway waits for every branch leading to it; when only one is to come, an exclusive gateway is what it takes. To be fixed in the “Processing” step.',
    quoted: '“{{name}}”',
    noStart:
      'The processing has no start event: the try-out cannot walk it. Add one in the “Processing” step.',
    canStartNow:
      'When the request was sent, the processing had no start or could not be read; it has one now.',
    startNow: 'Send the request into the processing',
    loop: 'This action makes the processing go round in circles with no step to do: it was not applied. Check the gateways’ flows in the “Processing” step.',
    changed:
      'The processing has changed since the try-out began: steps where the request was no longer exist. Start the try-out again.',
    unreadable:
      'The stored processing cannot be read: open the “Processing” step to fix it or start again from the default process.',
    noProcess: 'The processing is not drawn yet: the request stays at submission.',
    toProcess: 'Go to the “Processing” step',
  },
  quickFill: 'Fill in with sample answers',
  quickFillHelp:
    'Plausible, valid answers (SIRET, IBAN, allowed dates, a stand-in file), to change before sending.',
  scenarios: {
    heading: 'Scenarios',
    intro:
      'Each scenario is a request played and saved, replayed automatically on the prototype as it is: when it no longer goes the same way, you see where and why.',
    none: 'No scenario yet: play a request, then save it as a scenario.',
    replaying: 'Replaying the scenarios…',
    save: 'Save as a scenario',
    nameLabel: 'Scenario name',
    nameHelp: 'For instance “A company that moves”.',
    saveConfirm: 'Save the scenario',
    cancel: 'Cancel',
    saved: 'Scenario “{{name}}” saved.',
    open: 'Open “{{name}}” in the try-out',
    openAtDivergence: 'Open “{{name}}” where it diverges',
    opened: 'Scenario “{{name}}” opened in the try-out.',
    toException: 'Note “{{name}}” as an exception',
    exceptionTitle: 'Scenario “{{name}}”: {{reason}}',
    exceptionNoted: 'Exception noted: “{{title}}”.',
    remove: 'Delete “{{name}}”',
    removed: 'Scenario “{{name}}” deleted.',
    rename: 'Rename “{{name}}”',
    undo: 'Undo',
    renameConfirm: 'Rename',
    errors: {
      nameRequired: 'Give the scenario a name.',
      nameTooLong: 'A scenario’s name is {{max}} characters at most.',
    },
  },
  coverage: {
    heading: 'Scenario coverage',
    summary:
      'Processing paths followed by at least one scenario: {{paths}} of {{count}}. Form conditions, met or not: {{conditions}} cases of {{conditionCount}} reached.',
    diagramAlt:
      'Processing diagram: the steps and arrows of the paths followed by at least one scenario are drawn in a thick green line.',
    drawing: 'Drawing the diagram…',
    drawingFailed: 'The diagram could not be drawn; the list below says what is not reached.',
    caption: 'In a thick green line: what the scenarios go through.',
    uncovered: 'What no scenario reaches',
    allReached:
      'The scenarios follow every processing path and reach every form condition, met and not met.',
    path: 'The path {{steps}}',
    deadEnd: 'The path {{steps}}, which reaches no end',
    way: '{{name}}: {{way}}',
    gateway: 'Choice',
    truncated: 'The process has too many paths to list them all: only the first ones are counted.',
    branch: {
      field: {
        visibleWhen: {
          met: 'The field “{{label}}” shown (its display condition met)',
          unmet: 'The field “{{label}}” hidden (its display condition not met)',
        },
        requiredWhen: {
          met: 'The field “{{label}}” made required by its condition',
          unmet: 'The field “{{label}}” left optional (its condition not met)',
        },
      },
      page: {
        visibleWhen: {
          met: 'The page “{{label}}” shown (its condition met)',
          unmet: 'The page “{{label}}” skipped (its condition not met)',
        },
      },
    },
  },
  requesterSide: {
    heading: 'Requester’s side',
    help: 'Their tracking page and the messages received, as they see them.',
    unknownName: 'Sir or Madam',
    undecidedDate: '(time not decided)',
  },
};
