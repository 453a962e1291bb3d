import type { ActionStatus, ResponseStatus } from '@s11kit/schema';
import { plural } from './plural.js';

/**
 * The words of `<s11-audit>` and the elements it is made of (and the error summary every element
 * shares). Kept apart from the partnership elements' words so that the audit's CDN bundle does
 * not carry the heatmap's and the tracker's sentences; `defaultStrings` joins both tables.
 */
export const auditStrings = {
  // shared
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  optional: '(optional)',

  // <s11-rater>
  raterRequired: 'Select a rating',

  // <s11-evidence>
  evidencePrompts: 'What evidence could you give?',
  textRequired: 'Enter an answer',
  textTooLong: (max: number) => `Must be ${plural(max, 'character', 'characters')} or fewer`,
  characterLimit: (max: number) => `You can enter up to ${plural(max, 'character', 'characters')}`,
  charactersRemaining: (n: number) => `You have ${plural(n, 'character', 'characters')} remaining`,
  charactersTooMany: (n: number) => `You have ${plural(n, 'character', 'characters')} too many`,
  wordCount: (n: number) => plural(n, 'word', 'words'),

  // <s11-action-row>, <s11-action-plan>
  actionPlanLegend: 'Action plan',
  actionPlanHint: 'Say what will be done, who will lead it and by when. Make each action specific and measurable.',
  actionHeading: (n: number) => `Action ${n}`,
  actionText: 'What will be done',
  actionLead: 'Lead',
  actionLeadHint: 'The person or role responsible',
  actionDue: 'Due date',
  actionDueHint: 'For example, 31 March 2027',
  actionStatusLabel: 'Status',
  actionStatus: { 'not-started': 'Not started', 'in-progress': 'In progress', complete: 'Complete' } as Record<ActionStatus, string>,
  actionNotes: 'Progress notes',
  actionTextRequired: 'Enter what will be done',
  actionLeadRequired: 'Enter the lead',
  actionDueRequired: 'Enter a due date',
  addAction: 'Add an action',
  addAnotherAction: 'Add another action',
  removeAction: 'Remove',
  removeActionLabel: (n: number) => `Remove action ${n}`,
  actionAdded: (n: number) => `Action ${n} added`,
  actionRemoved: (n: number) => `Action ${n} removed`,
  noActions: 'No actions yet.',
  actionsRequired: 'Add at least one action',

  // <s11-standard-card>
  standardCaption: (n: number) => `Standard ${n}`,
  rationaleHeading: 'Why this matters',
  expectationsHeading: 'What we expect to see',
  ratingLegend: 'How well does your organisation meet this standard?',
  evidenceLabel: 'Evidence of impact and outcomes',
  evidenceHint: 'Give examples of the difference your arrangements make for children, families and staff.',
  evidencePrivacy: 'Do not include children’s names, or anything else that could identify a child or family.',
  notForQuotation: 'Do not quote this evidence in partnership reports',
  evidenceCopied: 'This evidence was copied from your return for another partnership’s audit. Check that it fits this standard, then change it or keep it.',
  evidenceChecked: 'I have checked this evidence',
  itemsHeading: 'Rate each of these',
  itemsHint: (rollsUp: boolean) =>
    rollsUp ? 'The standard’s rating is the lowest rating you give here.' : 'These questions are reported on their own, as well as the standard’s rating.',
  rolledUpRating: (label: string) => `Rating from the items: ${label}`,
  rolledUpPending: 'The rating comes from the items once each one is rated.',
  itemExplanation: (item: string) => `Why does “${item}” not apply to your organisation?`,
  explanationLabel: 'Explain your rating',
  explanationNotApplicable: 'Why does this standard not apply to your organisation?',
  stillNeeded: 'Still needed before you submit',
  nothingNeeded: 'This standard is ready to submit.',

  // <s11-audit>
  loading: 'Loading the audit…',
  frameworkErrorTitle: 'The audit could not be loaded',
  frameworkErrorHelp: 'Tell the team who run this page. Nothing you have typed before has been lost.',
  taskListIntro: 'Complete each section. You can do them in any order and come back later: your answers are saved in this browser as you type.',
  progress: (done: number, total: number) => `You have completed ${done} of ${total} sections.`,
  organisationSection: 'About your organisation',
  standardsSection: 'Standards',
  submitSection: 'Check and submit',
  checkAnswersTask: 'Check your answers and submit',
  taskStatus: { 'not-started': 'Not started', 'in-progress': 'In progress', complete: 'Completed' } as Record<ResponseStatus, string>,
  organisationName: 'Organisation name',
  sector: 'Sector',
  sectorHint: 'This decides which standards you answer and how they are worded.',
  sectorChoose: 'Choose a sector',
  partnerships: 'Which partnerships is this return for?',
  partnershipsHint: 'Select all that apply. One return is shared with each of them.',
  respondentName: 'Your name',
  respondentRole: 'Your role',
  respondentEmail: 'Your email address',
  coverSheet: 'Cover sheet',
  saveAndContinue: 'Save and continue',
  backToTasks: 'Back to the task list',
  checkAnswersTitle: 'Check your answers before you submit',
  change: 'Change',
  changeLabel: (what: string) => `Change ${what}`,
  notAnswered: 'Not answered',
  rating: 'Rating',
  evidence: 'Evidence',
  explanation: 'Explanation',
  actions: 'Actions',
  submit: 'Submit return',
  submittedTitle: 'Return submitted',
  submittedBody: 'Your return has been sent. Keep a copy: you can print it now.',
  print: 'Print your return',
  actionPlanTitle: 'Action plan',
  noActionPlan: 'No actions.',
  draftRestored: (when: string) => `Your answers from ${when} have been restored.`,
  startAgain: 'Start again',
  startAgainConfirm: 'This deletes every answer saved in this browser for this audit. Start again?',
  startAgainYes: 'Yes, delete my answers',
  startAgainNo: 'No, keep them',
  setAside: (n: number) =>
    `${plural(n, 'answer is', 'answers are')} for standards that are not in this version of the audit. They are kept aside and will not be submitted.`,
  showSetAside: 'Show the answers kept aside',
  storageUnavailable:
    'Your answers cannot be saved in this browser, so they will be lost if you close this page. Finish in one go, or copy your answers somewhere safe.',
  storageFull:
    'This browser’s storage is full, so your latest answers are not being saved. Keep this page open, or copy your answers somewhere safe.',
  storageConflict: 'This audit was changed in another tab or window. Saving here has stopped so that neither copy is lost.',
  loadOtherCopy: 'Use the other copy',
  keepThisCopy: 'Keep this copy',
  savedAt: (time: string) => `Saved at ${time}`,
  notApplicableToSector: 'Does not apply to your sector',
  auditInvalid: (n: number) => `The audit is not ready to submit: ${plural(n, 'problem', 'problems')} to fix`,
  auditNotLoaded: 'The audit has not loaded',
  standardPosition: (n: number, total: number) => `Standard ${n} of ${total}`,
  returnIsFor: (names: string) => `This return is for ${names}.`,
  coverHint: 'Your partnership asks these questions about your organisation.',
  notApplicableAnswers: 'Answers kept for standards that do not apply to your sector',
  notApplicableAnswersHint: 'These are kept in your return but not counted. Change your sector if they should count.',
  loadErrorNotFound: (where: string, status: string) => `The framework file at ${where} could not be fetched (${status}).`,
  loadErrorNetwork: (where: string) => `The framework file at ${where} could not be fetched: check the address and your connection.`,
  loadErrorJson: (where: string) => `The file at ${where} is not valid JSON, so it is not a framework.`,
  loadErrorInvalid: (where: string, n: number) => `The framework at ${where} is not valid: ${plural(n, 'problem', 'problems')}.`,
  loadErrorUnknownId: (id: string, ids: string) => `There is no built-in framework called “${id}”. Use one of: ${ids}.`,
  loadErrorMissing: 'No framework was given: set the framework attribute to a built-in id, or src to the address of a framework file.',
};

/** The words an audit element reads. */
export type AuditStrings = typeof auditStrings;
