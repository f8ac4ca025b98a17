import type { Translation } from '../../../ui/i18n/types';
import type { fr } from './fr';

export const en: Translation<typeof fr> = {
  title: 'Tracking and responses',
  intro:
    'Like tracking an order: what the requester sees at each stage, the messages they receive, and the response time the service commits to.',
  workingDays_one: '{{count}} working day',
  workingDays_other: '{{count}} working days',
  dayCount_one: '{{count}} day',
  dayCount_other: '{{count}} days',
  daysInvalid: 'A whole number of days, from {{min}} to {{max}}, or nothing.',
  tabs: {
    label: 'Parts of tracking',
    statuses: 'Statuses',
    mapping: 'Link with the processing',
    messages: 'Messages',
    commitment: 'Response time',
    code: 'Tracking code',
    problems_one: '{{count}} item to review',
    problems_other: '{{count}} items to review',
  },
  process: {
    loading: 'Reading the processing flow…',
    empty:
      'The processing flow is not drawn yet: draw it in the Processing step to link statuses to steps.',
    unreadable: 'The processing flow cannot be read ({{error}}). Fix it in the Processing step.',
  },
  consistency: {
    title: 'To bring back in line with the statuses and the processing',
    wording_one: 'The status is now called “{{label}}”, but its message still says “{{former}}”.',
    wording_other:
      'The status is now called “{{label}}”, but its {{count}} messages still say “{{former}}”.',
    reword: 'Replace “{{former}}” with “{{label}}” in the messages',
    keepWording: 'Keep the text',
    noStep:
      'The status “{{label}}” keeps a time limit of $t(tracking:workingDays, {"count": {{days}} }) although no processing step sets it any more.',
    noTime:
      'The status “{{label}}” announces $t(tracking:workingDays, {"count": {{days}} }), but the processing steps that set it have no time limit.',
    noTimeWait:
      'The status “{{label}}” gives the requester $t(tracking:workingDays, {"count": {{days}} }) to act, but the processing no longer waits for a limited time: nothing happens when it runs out.',
    differs:
      'The status “{{label}}” announces $t(tracking:workingDays, {"count": {{days}} }), but the processing steps take up to $t(tracking:workingDays, {"count": {{processDays}} }) in it.',
    differsWait:
      'The status “{{label}}” gives the requester $t(tracking:workingDays, {"count": {{days}} }) to act, but the processing waits $t(tracking:workingDays, {"count": {{processDays}} }) for them.',
    removeLimit: 'Remove the time limit',
    useProcess: 'Set $t(tracking:workingDays, {"count": {{days}} })',
    open: 'Open the status',
  },
  fieldWarnings: {
    title: 'Messages use fields deleted from the form',
    item: 'The message “{{message}}” (status “{{status}}”) uses {{placeholder}}: this field no longer exists in the form.',
    confirmField:
      'The tracking code asks the requester to confirm an answer to a field that no longer exists in the form.',
    open: 'Show the message',
    openCode: 'Show the tracking code',
  },
  statuses: {
    heading: 'Statuses of a request',
    help: 'In the order the requester meets them. Each status tells the requester where their request is and what is expected of them.',
    listLabel: 'Statuses',
    add: 'Add a status',
    newLabel: 'New status',
    untitled: '(untitled)',
    select: 'Edit the status “{{label}}”',
    moveUp: 'Move “{{label}}” up',
    moveDown: 'Move “{{label}}” down',
    internal: 'internal',
    final: 'final',
    waits: 'waits for the requester',
    setBy_one: 'set by {{count}} step',
    setBy_other: 'set by {{count}} steps',
    setByNone: 'no step sets it',
    editor: {
      heading: 'Status “{{label}}”',
      label: 'Label the requester sees',
      labelHelp: 'Short and clear without knowing the service: “Being examined”.',
      color: 'Badge colour',
      colorFaint:
        'This colour is hard to see on the white background of the requester’s page (contrast {{ratio}} to 1, at least 3 to 1 is needed): choose a darker colour.',
      visible: 'Visible to the requester',
      visibleHelp: 'Untick for a status internal to the service, which the requester does not see.',
      final: 'Final status: the request ends here',
      waits: 'The requester must act (for example send documents)',
      waitsHelp:
        'During this status, the response time may be suspended or start over (Response time tab).',
      timeLimit: 'Time limit of this status (working days)',
      timeLimitHelp: 'How long a request may stay in this status. Leave empty if there is none.',
      explanation: 'Explanation for the requester',
      explanationHelp:
        'What happens now, and what is expected of them, in one or two plain sentences.',
      setByHeading: 'Processing steps that set this status',
      setByNone:
        'No processing step sets this status: the requester will never see it. Choose it for a step in the Link with the processing tab.',
      delete: 'Delete this status',
    },
    deleteDialog: {
      title: 'Delete the status “{{label}}”?',
      body_zero: 'The status will be deleted. You can undo this.',
      body_one: 'The status and its message will be deleted. You can undo this.',
      body_other: 'The status and its {{count}} messages will be deleted. You can undo this.',
      inUse_one:
        'This status is set by one processing step: {{steps}}. First give this step another status (Link with the processing tab).',
      inUse_other:
        'This status is set by {{count}} processing steps: {{steps}}. First give these steps another status (Link with the processing tab).',
      confirm: 'Delete the status',
    },
  },
  mapping: {
    heading: 'Which step sets which status?',
    help: 'Each task or event of the processing can move the request to a status. This is the same setting as in the Processing step’s panel.',
    tableCaption: 'Processing steps and the status they set',
    step: 'Step',
    kind: 'Type',
    lane: 'Lane',
    status: 'Status set',
    statusFor: 'Status set by “{{step}}”',
    none: '— None (the status does not change) —',
    unknown: 'Unknown status ({{id}})',
    kinds: {
      task: 'Task',
      start: 'Start',
      end: 'End',
      event: 'Event',
    },
    saving: 'Saving into the diagram…',
    saveFailed: 'The diagram could not be changed: {{error}}',
    noSteps: 'The processing has no task or event yet.',
    problemsHeading: 'To review',
    allGood: 'Every status is set by a step, and every task sets a status.',
    problems: {
      unsetStatus: 'No step sets “{{status}}”: the requester will never see it.',
      unreachableFinal: 'The final status “{{status}}” is only set by steps no request reaches.',
      stepWithoutStatus:
        'The task “{{step}}” sets no status: while it is done, the requester still sees the previous status.',
      stepWithUnknownStatus:
        'The step “{{step}}” sets a status that no longer exists: choose another one.',
    },
  },
  messages: {
    heading: 'Messages sent to the requester',
    help: 'Each message is sent when the request reaches its status. Type data between double braces, for example {{example}}: the list is next to the text.',
    forStatus: 'On status “{{status}}”',
    noMessage: 'No message on this status.',
    add: 'Add a message',
    addForHidden: 'on status “{{status}}”',
    select: 'Edit the message “{{subject}}” ({{channel}})',
    noSubject: '(no subject)',
    problemCount_one: '{{count}} problem',
    problemCount_other: '{{count}} problems',
    warningCount_one: '{{count}} warning',
    warningCount_other: '{{count}} warnings',
    newSubject: 'Your request {{code}}',
    newBody: 'Hello {{name}},',
    editor: {
      heading: 'Message on status “{{status}}”',
      channel: 'Channel',
      subject: 'Subject',
      body: 'Message text',
      bodyHelp: 'Plain text, never HTML. Data between double braces is filled in when sending.',
      reasons: 'Possible reasons',
      reasonsHelp:
        'The agent picks one of these reasons when sending the message; it replaces {{placeholder}}.',
      reason: 'Reason {{index}}',
      addReason: 'Add a reason',
      addReasons: 'Offer reasons (for example for a documents request)',
      removeReason: 'Remove reason {{index}}',
      delete: 'Delete this message',
      deleted: 'Message deleted.',
      back: 'Back to the messages',
    },
    placeholders: {
      heading: 'Data to insert',
      help: 'Click to insert at the cursor, in the subject or the text.',
      tracking: 'Request tracking',
      fields: 'Form answers',
      noFields: 'The form has no field yet.',
      insert: 'Insert {{placeholder}}: {{label}}',
      builtins: {
        trackingCode: 'tracking code',
        requesterName: 'requester’s name',
        submissionDate: 'submission date',
        expectedDate: 'expected response date',
        reason: 'reason chosen by the agent',
      },
    },
    problems: {
      heading: 'This message cannot be sent as it is',
      html: 'The text contains “{{tag}}”: a message is plain text, never HTML. It is shown as typed below.',
      unclosed:
        '“{{excerpt}}”: the braces {{open}} are not closed by {{close}}. The text is shown as typed.',
      empty: 'Braces {{braces}} hold no data name.',
      unknownName: '{{placeholder}} matches no form field and no tracking data.',
      deletedField: '{{placeholder}} refers to a field that no longer exists in the form.',
      reasonWithoutReasons: '{{placeholder}} has no reason to show: add the possible reasons.',
    },
    advice: {
      heading: 'This message may mislead the requester',
      dateUnderIndication:
        'This message gives a date ({{placeholder}}) although the response time is only an indication: the requester will read it as a promise. Remove the date and give the usual time instead (“usually within … working days”), or make this time a commitment in the Response time tab.',
      dateWithoutTime:
        'This message gives a date ({{placeholder}}) although no response time is set: the date rests on nothing. Set the response time in the Response time tab, or remove the date from the message.',
    },
    preview: {
      heading: 'Preview',
      samples:
        'Filled with the answers typed in the form’s preview, or with examples when there are none.',
      reason: 'Reason chosen for the preview',
      subject: 'Subject: ',
      smsCount_one: '{{count}} character: {{parts}} SMS ({{perPart}} characters per SMS).',
      smsCount_other: '{{count}} characters: {{parts}} SMS ({{perPart}} characters per SMS).',
      smsCulprits_one:
        'This character of the text is outside the SMS alphabet and cuts the room to {{perPart}} characters per SMS:',
      smsCulprits_other:
        'These characters of the text are outside the SMS alphabet and cut the room to {{perPart}} characters per SMS:',
      smsSamples:
        'Sample answers and dates are written here with the SMS alphabet: only your text counts.',
      characterNames: {
        '2019': '(curly apostrophe)',
        '2018': '(opening curly quote)',
        '00AB': '(opening French quotation mark)',
        '00BB': '(closing French quotation mark)',
        '201C': '(opening curly double quote)',
        '201D': '(closing curly double quote)',
        '00A0': '(non-breaking space)',
        '202F': '(narrow non-breaking space)',
        '2009': '(thin space)',
        '2026': '(ellipsis)',
        '2013': '(en dash)',
        '2014': '(em dash)',
        '0153': '(oe ligature)',
      },
    },
  },
  commitment: {
    heading: 'Response time',
    help: 'Requesters read any time shown as a promise: say whether it is a commitment of the service or a mere indication.',
    kind: 'This time is',
    kinds: {
      commitment: 'a commitment: the service promises to answer within it',
      indication: 'an indication: the usual time, with no promise',
    },
    days: 'Response time told to the requester (working days)',
    daysHelp: 'Leave empty until the workshop has decided.',
    computedHeading: 'What the processing allows',
    computed:
      'The longest path takes $t(tracking:workingDays, {"count": {{days}} }), from the time limits of the processing steps.',
    useComputed: 'Announce $t(tracking:workingDays, {"count": {{days}} })',
    noPath: 'No path of the processing reaches an end: the time cannot be computed.',
    truncated: 'The processing has too many paths: only the first {{count}} are counted.',
    pathsCaption: 'Paths of the processing and how long they take',
    path: 'Path',
    pathEnd: 'Ends in',
    pathDays: 'Duration (working days)',
    pathWaiting: 'of which waiting for the requester',
    pathVerdict: 'Within the time?',
    pathOk: 'yes',
    pathBreaks: 'no, {{days}} d over',
    pathNoLimit: 'no time announced',
    noEnd: 'no final status',
    minimum: 'at least {{days}}',
    withoutDelay: 'These tasks have no time limit, so the duration is a minimum: {{steps}}.',
    breaking_one:
      '{{count}} path exceeds the announced time of $t(tracking:workingDays, {"count": {{days}} }): shorten the steps or announce a longer time.',
    breaking_other:
      '{{count}} paths exceed the announced time of $t(tracking:workingDays, {"count": {{days}} }): shorten the steps or announce a longer time.',
    breakingIndication_one:
      '{{count}} path exceeds the indicated time of $t(tracking:workingDays, {"count": {{days}} }).',
    breakingIndication_other:
      '{{count}} paths exceed the indicated time of $t(tracking:workingDays, {"count": {{days}} }).',
    documents: 'When the service asks for documents, the clock',
    documentsOptions: {
      suspends: 'is suspended until they arrive',
      restarts: 'starts over when they arrive',
      runs: 'keeps running',
    },
    silence: 'If the service does not answer in time, its silence means',
    silenceOptions: {
      none: 'nothing in particular',
      acceptance: 'acceptance (tacit acceptance)',
      refusal: 'refusal (tacit refusal)',
    },
    silenceAfter: 'After (calendar days)',
    silenceAfterHelp: 'Often two months, that is 60 days.',
    outlastsSilence:
      'Beware: the longest path ({{days}} working days, up to {{calendar}} calendar days with weekends and public holidays) outlasts the period after which silence decides ({{after}} days).',
  },
  code: {
    heading: 'Tracking code',
    help: 'The code the requester receives when they submit their request, to follow it without an account.',
    example: 'Example: ',
    another: 'Another example',
    count: 'This format allows {{total}} different codes.',
    guessable:
      'That is few: a code could be found by trying. Make the code longer or add characters.',
    length: 'Number of characters',
    lengthInvalid: 'A whole number from {{min}} to {{max}}.',
    alphabet: 'Characters used',
    alphabetHelp:
      'Capital letters and digits, each once. By default, the 20 consonants: no vowels, so no awkward words.',
    alphabetInvalid:
      'Use only capital letters without accents and digits, each only once, at least 2.',
    resetAlphabet: 'Back to the 20 consonants',
    confusable: 'These characters are easily mixed up when read: {{groups}}.',
    secure:
      'Codes are drawn with the browser’s cryptographic generator, every character being exactly as likely as any other.',
    confirm: 'To see their request, the requester also confirms',
    confirmNone: 'Nothing: the code is enough',
    confirmHelp:
      'One of their answers (for example their email address), so that a found or lost code is not enough.',
    confirmMissing: 'Field deleted from the form',
  },
  preview: {
    heading: 'Requester’s tracking page',
    help: 'As the requester would see it.',
    path: 'Path of the request',
    pathOption: 'To “{{status}}” ({{days}} d)',
    pathOptionLoop: 'To “{{status}}”, with a documents request ({{days}} d)',
    final: 'Outcome of the request',
    stage: 'Where the request is',
    stageOption: '{{index}}. {{status}}',
    stageHidden: '{{index}}. {{status}} (internal)',
    frameLabel: 'Preview of the tracking page',
  },
  samples: {
    requesterName: 'Camille Martin',
    firstName: 'Camille',
    lastName: 'Martin',
    yes: 'Yes',
    no: 'No',
    text: 'Sample answer to “{{label}}”',
  },
  readiness: {
    staleWording:
      'The status “{{status}}” used to be called “{{former}}”: its messages still call it that.',
    timeLimitUnbacked:
      'The time limit of $t(tracking:workingDays, {"count": {{days}} }) of the status “{{status}}” no longer matches the processing.',
    confirmFieldMissing:
      'The tracking code asks the requester to confirm an answer to a field deleted from the form.',
    codeGuessable: 'The tracking code format allows too few codes: a code could be guessed.',
    statusWithoutLabel: 'Status no. {{position}} has no label.',
    noFinalStatus: 'No status is final: a request never ends.',
    invalidMessage: 'A message of status “{{status}}” contains HTML or unclosed braces.',
    danglingPlaceholder:
      'A message of status “{{status}}” uses “{{name}}”, which matches no form field.',
    reasonWithoutReasons: 'A message of status “{{status}}” shows a reason but offers none.',
    dateUnderIndication:
      'A message of status “{{status}}” gives a response date although the response time is only an indication: the requester will read it as a promise.',
    dateWithoutTime:
      'A message of status “{{status}}” gives a response date although no response time is set.',
    noCommitment: 'The response time told to requesters has not been decided.',
    silenceWithoutPeriod:
      'The rule for the administration’s silence is chosen, but not the period after which it applies.',
    noProcess: 'The processing flow is not drawn: statuses are linked to no step.',
    unsetStatus: 'No processing step sets the status “{{status}}”.',
    unreachableFinal: 'No path of the processing reaches the final status “{{status}}”.',
    stepWithoutStatus: 'The task “{{step}}” sets no status.',
    stepWithUnknownStatus: 'The step “{{step}}” sets a status that no longer exists.',
    pathsBreakCommitment_one:
      '{{count}} processing path exceeds the {{days}}-day response time the service commits to (the longest: {{longest}} days).',
    pathsBreakCommitment_other:
      '{{count}} processing paths exceed the {{days}}-day response time the service commits to (the longest: {{longest}} days).',
    pathsExceedIndication_one:
      '{{count}} processing path exceeds the indicated {{days}}-day response time (the longest: {{longest}} days).',
    pathsExceedIndication_other:
      '{{count}} processing paths exceed the indicated {{days}}-day response time (the longest: {{longest}} days).',
    outlastsSilenceAcceptance:
      'The longest path ({{longest}} working days) outlasts the {{days}} days after which silence means acceptance.',
    outlastsSilenceRefusal:
      'The longest path ({{longest}} working days) outlasts the {{days}} days after which silence means refusal.',
  },
  errors: {
    statusNotFound: 'This status no longer exists.',
    duplicateStatus: 'A status already has this identifier.',
    invalidStatus: 'This value is not valid for a status.',
    statusInUse_one:
      'The status “{{status}}” is set by one processing step: {{steps}}. Give it another status first.',
    statusInUse_other:
      'The status “{{status}}” is set by {{count}} processing steps: {{steps}}. Give them another status first.',
    statusMaybeInUse:
      'The status “{{status}}” may be used by the processing, which cannot be read: fix the processing first.',
    lastStatus: 'A request always has at least one status.',
    processChanged: 'The processing has just changed: try again.',
    messageNotFound: 'This message no longer exists.',
    duplicateMessage: 'A message already has this identifier.',
    invalidChannel: 'This channel does not exist.',
    invalidCodeFormat: 'This code format is not valid.',
    invalidCommitment: 'This time is not valid.',
  },
};
