import type { ActionStatus, ResponseStatus } from '@s11kit/schema';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** What the rows of `<s11-summary>` are, one and many. */
type SummaryRows = 'agencies' | 'sectors' | 'partnerships';
const ROW_NOUNS: Record<SummaryRows, readonly [string, string]> = {
  agencies: ['agency', 'agencies'],
  sectors: ['sector', 'sectors'],
  partnerships: ['partnership', 'partnerships'],
};

/**
 * Every word the elements show or announce, in one table. A page overrides any of them through
 * the `strings` property (`audit.strings = { submit: 'Send return' }`); the rest keep these
 * defaults. Entries that are functions receive the numbers or names to put in the sentence.
 * Messages about what is wrong with an answer come from `validateReturn` in @s11kit/schema.
 */
export const defaultStrings = {
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

  // <s11-summary>
  summaryCaption: {
    agencies: 'Ratings of each agency, by standard',
    sectors: 'Ratings of each sector, by standard',
    partnerships: 'Ratings of each partnership, by standard',
  } as Record<SummaryRows, string>,
  summaryRowHeading: { agencies: 'Agency', sectors: 'Sector', partnerships: 'Partnership' } as Record<SummaryRows, string>,
  summaryStandardPrefix: 'Standard',
  summaryBelowColumn: 'Ratings below expected',
  summaryBelowTotal: 'Agencies below expected',
  summaryDoesNotApply: 'Does not apply',
  summaryNoRatings: 'No ratings',
  summaryAtOrAbove: (n: number, of: number) => `${n.toLocaleString('en-GB')} of ${of.toLocaleString('en-GB')} at or above expected`,
  summaryAverage: (level: string) => `Average: ${level}`,
  summaryAgencies: (n: number) => plural(n, 'agency', 'agencies'),
  summaryKey: 'Key to the levels',
  summaryFilters: 'Filter',
  summarySector: 'Sector',
  summaryAllSectors: 'All sectors',
  summaryPartnership: 'Partnership',
  summaryAllPartnerships: 'All partnerships',
  summaryOnlyBelow: (rows: SummaryRows) => `Only ${ROW_NOUNS[rows][1]} with a rating below expected`,
  summarySearch: 'Search agency names',
  summaryShown: (shown: number, total: number, rows: SummaryRows) =>
    `${shown.toLocaleString('en-GB')} of ${plural(total, ...ROW_NOUNS[rows])} shown`,
  summaryNoMatch: (rows: SummaryRows) => `No ${ROW_NOUNS[rows][1]} match these filters.`,
  summaryEmpty: 'No returns have been counted yet.',
  summarySorted: (column: string, order: string) => `Sorted by ${column}, ${order}`,
  summaryOrder: {
    worstFirst: 'worst first',
    bestFirst: 'best first',
    aToZ: 'A to Z',
    zToA: 'Z to A',
    mostFirst: 'most first',
    fewestFirst: 'fewest first',
  },
  summaryRejected: (n: number) => `${plural(n, 'return was', 'returns were')} not counted`,
  summaryReturnNumber: (n: number) => `Return ${n.toLocaleString('en-GB')}`,

  // <s11-action-tracker>
  trackerTitle: 'Action plan progress',
  trackerNoReturn: 'There is no return to track yet.',
  trackerNoActions: 'This return has no actions to track.',
  trackerCounts: 'Actions by state',
  trackerCount: {
    open: (n: number) => `${n.toLocaleString('en-GB')} open`,
    overdue: (n: number) => `${n.toLocaleString('en-GB')} overdue`,
    dueSoon: (n: number) => `${n.toLocaleString('en-GB')} due soon`,
    complete: (n: number) => `${n.toLocaleString('en-GB')} complete`,
  },
  trackerActionName: (standard: number, n: number) => `action ${n} of standard ${standard}`,
  trackerActionHeading: (standard: number, n: number, title: string) => `Action ${n} of standard ${standard}: ${title}`,
  trackerDue: 'Due',
  trackerWasDue: (date: string) => `was due ${date}`,
  trackerNoDue: 'No due date',
  trackerOverdue: (days: number) => `Overdue by ${plural(days, 'day', 'days')}`,
  trackerDueSoon: 'Due soon',
  trackerLatestProgress: 'Latest progress',
  trackerNoProgress: 'No progress reported yet.',
  trackerReportedOn: (date: string) => `Reported ${date}`,
  trackerCompleted: (date: string) => `Completed ${date}`,
  trackerRevisions: (n: number) => `Due date changed ${n === 1 ? 'once' : `${n.toLocaleString('en-GB')} times`}`,
  trackerRevision: (from: string, to: string, on: string) => `From ${from} to ${to}, changed ${on}:`,
  trackerUpdate: 'Update',
  trackerUpdateLabel: (name: string) => `Update ${name}`,
  trackerStatusLegend: 'Status',
  trackerNote: 'Progress note',
  trackerNoteHint: 'What has been done since the last update, and what is next.',
  trackerNewDue: 'Due date',
  trackerNewDueHint: 'Change it only if the action needs longer, and say why below.',
  trackerReason: 'Reason for changing the due date',
  trackerReasonHint: 'Needed only if you change the due date.',
  trackerEvidence: 'Evidence that the action is complete',
  trackerEvidenceHint: 'What shows that it is done, and where the evidence is kept.',
  trackerSave: 'Save update',
  trackerCancel: 'Cancel',
  trackerNothingToSave: 'Change the status or the due date, or enter a progress note, before you save',
  trackerSaved: (name: string) => `Update saved for ${name}`,
  trackerInvalid: (n: number) => `The return has ${plural(n, 'problem', 'problems')} to fix`,
  trackerUpdateRequired: 'Save an update to at least one action',
  trackerDraftRestored: (when: string) => `Your updates from ${when} have been restored.`,
  trackerStartAgainConfirm: 'This deletes the updates saved in this browser and shows the actions as they were given. Start again?',
  trackerStartAgainYes: 'Yes, delete my updates',
  trackerStorageConflict: 'These actions were changed in another tab or window. Saving here has stopped so that neither copy is lost.',
};

/** The full table of strings. */
export type S11Strings = typeof defaultStrings;

const merged = new WeakMap<Partial<S11Strings>, S11Strings>();

/** The defaults with a page's overrides on top; cached per overrides object. */
export function resolveStrings(overrides: Partial<S11Strings> | undefined): S11Strings {
  if (!overrides) return defaultStrings;
  let table = merged.get(overrides);
  if (!table) {
    table = { ...defaultStrings, ...overrides };
    merged.set(overrides, table);
  }
  return table;
}
