import type { ResponseStatus } from '@s11kit/schema';
import { plural } from './plural.js';

/**
 * The words `<s11-audit>` can show before the rest of it has loaded: the task list, loading and
 * framework errors, the notices about the draft and about sending, page titles. Part of
 * `auditStrings` (and so of `defaultStrings`): override them the same way. Kept apart so that a
 * page's first load carries only these.
 */
export const coreStrings = {
  errorPrefix: 'Error:',
  loading: 'Loading the audit…',
  loadingPage: 'Loading this page…',
  loadingReturn: 'Loading the return…',
  returnNotLoaded: 'The return could not be loaded. Try again later, or ask the organisation that sent you this link.',
  partNotLoaded: 'This page could not be loaded. Check your connection and try again: nothing you have typed has been lost.',
  frameworkErrorTitle: 'The audit could not be loaded',
  frameworkErrorHelp: 'Tell the team who run this page. Nothing you have typed before has been lost.',
  taskListIntro: 'Complete each section. You can do them in any order and come back later: your answers are saved in this browser as you type.',
  /** With `draft-url`: the answers are also kept online. */
  taskListIntroOnline: 'Complete each section. You can do them in any order and come back later: your answers are saved as you type, in this browser and online.',
  /** With `autosave="off"` and no `draft-url`: nothing is kept, so nothing is promised. */
  taskListIntroUnsaved: 'Complete each section. You can do them in any order. Your answers are not saved until you submit them, so finish in one go.',
  progress: (done: number, total: number) => `You have completed ${done} of ${total} sections.`,
  organisationSection: 'About your organisation',
  standardsSection: 'Standards',
  submitSection: 'Check and submit',
  checkAnswersTask: 'Check your answers and submit',
  taskStatus: { 'not-started': 'Not started', 'in-progress': 'In progress', complete: 'Completed' } as Record<ResponseStatus, string>,
  checkAnswersTitle: 'Check your answers before you submit',
  submitting: 'Sending your return…',
  submittedTitle: 'Return submitted',
  notSentTitle: 'Your return has not been sent',
  notSentSaved: 'Your answers are still saved on this computer.',
  notSentUnsaved: 'Your answers are still on this page but are not saved in this browser: keep this page open.',
  notSentHelp: 'Try again in a few minutes. If it still does not work, tell the team who run this page.',
  tryAgain: 'Try again',
  notConfigured: 'This page is not set up to send returns yet, so nothing has been sent. Tell the team who run this page.',
  unconfirmedTitle: 'We do not know whether your return arrived',
  unconfirmed: (when: string) =>
    `You sent your return on ${when}, but no confirmation came back. If you did not see a page with a reference number, send it again: it will only be counted once.`,
  sendAgain: 'Send your return again',
  fileLoaded: (name: string) => `Your answers from ${name} have been loaded.`,
  serverSaveFailed: 'Your latest answers are saved on this computer but not yet online, so colleagues and other computers do not have them. We will keep trying.',
  serverConflict: (when: string) => `Someone saved this return on another computer on ${when}. Choose which copy to keep: the other one is not deleted until you do.`,
  pageTitle: (page: string) => `${page} – Section 11 audit`,
  draftRestored: (when: string) => `Your answers from ${when} have been restored.`,
  startAgain: 'Start again',
  startAgainConfirm: 'This deletes every answer saved in this browser for this audit. Start again?',
  startAgainYes: 'Yes, delete my answers',
  startAgainNo: 'No, keep them',
  setAside: (n: number) =>
    `${plural(n, 'answer does', 'answers do')} not fit this version of the audit (a standard or a rating it no longer has). They are kept aside and will not be submitted.`,
  showSetAside: 'Show the answers kept aside',
  storageUnavailable: 'Your answers cannot be saved in this browser, so they will be lost if you close this page. Finish in one go, or copy your answers somewhere safe.',
  storageFull: 'This browser’s storage is full, so your latest answers are not being saved. Keep this page open, or copy your answers somewhere safe.',
  storageConflict: 'This audit was changed in another tab or window. Saving here has stopped so that neither copy is lost.',
  loadOtherCopy: 'Use the other copy',
  keepThisCopy: 'Keep this copy',
  draftUnreadable:
    'A copy of your answers saved in this browser could not be read. It has been kept: download it and send it to the team who run this page, so that nothing is lost.',
  downloadUnreadable: 'Download the copy that could not be read',
  draftExpired: (when: string) => `An unfinished return last changed on ${when} has been deleted from this browser, as this site asks.`,
  auditInvalid: (n: number) => `The audit is not ready to submit: ${plural(n, 'problem', 'problems')} to fix`,
  auditNotLoaded: 'The audit has not loaded',
  loadErrorNotFound: (where: string, status: string) => `The framework file at ${where} could not be fetched (${status}).`,
  loadErrorNetwork: (where: string) => `The framework file at ${where} could not be fetched: check the address and your connection.`,
  loadErrorJson: (where: string) => `The file at ${where} is not valid JSON, so it is not a framework.`,
  loadErrorInvalid: (where: string, n: number) => `The framework at ${where} is not valid: ${plural(n, 'problem', 'problems')}.`,
  loadErrorUnknownId: (id: string, ids: string) => `There is no built-in framework called “${id}”. Use one of: ${ids}.`,
  loadErrorMissing: 'No framework was given: set the framework attribute to a built-in id, or src to the address of a framework file.',
};

/** The words the audit reads before the rest of it has loaded. */
export type CoreStrings = typeof coreStrings;
