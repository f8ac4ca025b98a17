import type { Translation } from '../types';
import type { fr } from './fr';

export const en: Translation<typeof fr> = {
  app: {
    name: 'Fabrik',
    tagline: 'Prototype an online procedure, in workshops',
    areas: {
      label: "Fabrik's areas",
      prototypes: 'Your prototypes',
      services: 'Service catalogue',
    },
    skipToContent: 'Skip to content',
    switchLanguage: 'Français',
    switchLanguageLabel: "Passer l'interface en français",
    updateReady: 'A new version of Fabrik is ready: it will be used the next time Fabrik opens.',
    updateNow: 'Update now',
  },
  actions: {
    cancel: 'Cancel',
    close: 'Close',
    retry: 'Try again',
    undo: 'Undo',
    redo: 'Redo',
    undoShortcut: 'Undo the last change (Ctrl+Z)',
    redoShortcut: 'Redo the undone change (Ctrl+Shift+Z)',
    export: 'Export',
    exportPrototype: 'Export the prototype (.fabrik.json file)',
    dismiss: 'Dismiss the message',
  },
  files: {
    version: 'v{{version}}',
    submission: 'submission-{{version}}',
    decision: {
      verified: 'v{{version}}-verified',
      'changes-requested': 'v{{version}}-changes-requested',
      approved: 'v{{version}}-approved',
      rejected: 'v{{version}}-rejected',
    },
  },
  presence: {
    selectedBy: 'Selected by {{name}}',
    selectedByPrefix: 'Selected by',
  },
  steps: {
    navigation: 'Prototype steps',
    presenting: 'Change step',
    position: 'Step {{number}} of {{total}}',
    done: 'done',
    purpose: 'Purpose',
    frame: 'Project frame',
    form: 'Form',
    process: 'Processing',
    tracking: 'Tracking and responses',
    exceptions: 'Exceptions',
    workshops: 'Workshops and versions',
    review: 'Review',
    'going-further': 'Going further',
    tryOut: 'Try the e-service',
    loading: 'Opening the prototype…',
    loadingStep: 'Loading the step…',
  },
  status: {
    draft: 'Draft',
    submitted: 'Submitted for review',
    'changes-requested': 'Changes requested',
    verified: 'Verified',
    approved: 'Approved',
    rejected: 'Rejected',
  },
  autosave: {
    saved: 'Saved',
    pending: 'Changes pending…',
    saving: 'Saving…',
    error: 'Saving failed',
    conflict: 'Changed in another tab',
    missing: 'Deleted elsewhere',
    recovered: 'Your last changes, made before the page was closed, have been recovered.',
    keptInBrowser:
      'Your last changes could not be saved. Fabrik keeps them in this browser: they will be offered the next time the prototype is opened.',
    unsavedCopyTitle: 'Some changes could not be recovered',
    unsavedCopyBody:
      'Made before the page was closed, they apply to a version the prototype has since moved past (it was changed in another tab). Download them to compare or import them again, or let them go.',
    downloadUnsavedCopy: 'Download these changes',
    dropUnsavedCopy: 'Let them go',
    updatedElsewhere:
      'This prototype was updated in another tab: you are seeing its latest version.',
    reloaded: 'The prototype was reloaded.',
    conflictTitle: 'This prototype was changed in another tab',
    conflictBody:
      'Your last changes were not saved, so as not to overwrite the other tab’s. Reload to take its version, or export yours first to keep it.',
    missingTitle: 'This prototype was deleted in another tab',
    missingBody:
      'Your changes can no longer be saved here. Export them so as not to lose them; if the deletion is undone, saving resumes.',
    reload: 'Reload the latest version',
    exportMine: 'Export my version',
    errorTitle: 'Your changes are not saved',
  },
  undoAlreadyDone: 'This change has already been undone.',
  undoTooLate: 'Other changes followed: use “Undo” at the top of the screen to go back.',
  milestone: {
    notStored:
      'This action could not be saved in this browser: it has not been taken into account, and nothing was sent or downloaded. Solve the saving problem shown, then try again.',
  },
  storage: {
    quota:
      'The browser’s storage is full. Your changes stay on screen: export the prototype, then free some space (delete old prototypes) and try again.',
    unavailable:
      'The browser’s storage is unavailable (private browsing, or storage disabled). Your changes stay on screen while the page is open: export the prototype to keep them.',
    notDownloaded:
      'Part of Fabrik could not be downloaded: the network may be down. Your changes stay on screen, and are saved as soon as the network is back.',
    unknown:
      'The browser refused to save. Your changes stay on screen: try again, or export the prototype to keep them.',
    unreadable:
      'What this browser stored cannot be read by this version of Fabrik (stored by a newer version, or damaged). Nothing was overwritten: export its raw content from the list of prototypes.',
  },
  errors: {
    nameRequired: 'The name is required.',
    nameTooLong: 'The name must not exceed {{max}} characters.',
    boundaryTitle: 'This part of the screen ran into an error',
    boundaryBody:
      'The rest of Fabrik works and your stored data is untouched. Export the prototype to be safe, then try again.',
    boundaryDetail: 'Error details',
    notFoundTitle: 'Page not found',
    notFoundBody: 'This address matches no page of Fabrik.',
    prototypeNotFoundTitle: 'Prototype not found',
    loadFailedTitle: 'Prototype cannot be opened',
    prototypeNotFound:
      'This prototype does not exist in this browser. It may have been deleted, or created on another computer: import its file.',
    loadFailed: 'The prototype could not be loaded.',
    /** Why a prototype could not be opened: nothing was being edited, nothing is lost. */
    openingFailed: {
      quota:
        'The browser’s storage is full. Free some space (delete old prototypes from the list), then try again.',
      unavailable:
        'The browser’s storage is unavailable (private browsing, or storage disabled): stored prototypes cannot be read in this tab.',
      notDownloaded:
        'Part of Fabrik could not be downloaded: the network may be down. Nothing is lost: try again once the network is back, or reload the page.',
      unknown: 'The browser refused to read. Nothing was changed: try again.',
    },
    retryOpening: 'Try again',
    backToCatalogue: 'Back to the catalogue',
  },
  bundle: {
    tooLarge: 'The file is too large ({{size}}): a Fabrik prototype is at most {{max}}.',
    empty: 'The file is empty.',
    notJson: 'This is not a Fabrik file: its content is not valid JSON ({{where}}).',
    wrongFormat:
      'This file is not a Fabrik prototype (expected format: “fabrik/prototype-bundle”{{found}}).',
    wrongFormatFound: ', found: “{{format}}”',
    missingVersion:
      'The file does not say which version of the format it is written in (formatVersion missing or invalid).',
    newerVersion:
      'This file was written by a newer version of Fabrik (format {{found}}; this version reads up to format {{supported}}). Update Fabrik to open it.',
    invalid: 'The file is incomplete or damaged: problems found: {{count}}.',
    problem: '{{path}}: {{message}}',
    hashMismatch:
      'The file’s content was changed after it was exported: its fingerprint no longer matches. Ask the person who sent it for the original file.',
    readFailed: 'The file could not be read.',
    nothingChanged: 'Nothing was changed in your prototypes.',
    repaired: 'The file was imported with corrections:',
    repairs: {
      duplicateId: 'duplicate identifier “{{id}}” replaced in the {{list}} list',
      unknownParticipant:
        'unknown participant “{{id}}” removed from the exception “{{holder}}” (raised by or follow-up owner)',
      unknownWorkshop: 'unknown workshop “{{id}}” removed from the exception “{{holder}}”',
      unknownAttendee:
        'unknown participant “{{id}}” removed from the attendees of the workshop “{{holder}}”',
    },
  },
};
