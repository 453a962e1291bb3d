import type { ActionStatus, IdentifierScheme } from '@s11kit/schema';
import { plural } from './plural.js';
import { coreStrings } from './core-strings.js';

/**
 * The words of `<s11-audit>` and the elements it is made of (and the error summary every element
 * shares): the task list's (`coreStrings`, in the CDN bundle's first load) and the rest (with the
 * pages loaded after it). Kept apart from the partnership elements' words so that the audit's CDN bundle does
 * not carry the heatmap's and the tracker's sentences; `defaultStrings` joins both tables.
 */
export const auditStrings = {
  ...coreStrings,

  // shared
  errorSummaryTitle: 'There is a problem',
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
  actionDueHint: 'For example, 31 3 2027',
  dateHint: 'For example, 27 3 2027',
  dateDay: 'Day',
  dateMonth: 'Month',
  dateYear: 'Year',
  dateUnfinished: (typed: string) => `${typed} (not a complete date yet)`,
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
  organisationName: 'Organisation name',
  sector: 'Sector',
  sectorHint: 'This decides which standards you answer and how they are worded.',
  sectorChoose: 'Choose a sector',
  partnerships: 'Which partnerships is this return for?',
  partnershipsHint: 'Select all that apply. One return is shared with each of them.',
  identifiers: 'Your organisation’s identifiers',
  identifiersHint:
    'For example its Companies House or charity number, Ofsted URN or NHS ODS code. They match your returns across cycles, even if your organisation’s name changes.',
  identifierLegend: (n: number) => `Identifier ${n}`,
  identifierScheme: 'Register',
  identifierSchemes: {
    ods: 'NHS ODS code',
    urn: 'School or college URN',
    'ofsted-urn': 'Ofsted URN',
    charity: 'Charity number',
    company: 'Companies House number',
    local: 'Reference given by the partnership',
  } as Record<IdentifierScheme, string>,
  identifierId: 'Number or code',
  identifierIdHint: 'As the register shows it, for example 01234567',
  addIdentifier: 'Add an identifier',
  addAnotherIdentifier: 'Add another identifier',
  removeIdentifier: 'Remove',
  identifiersAnswer: (scheme: string, id: string) => `${scheme}: ${id}`,
  respondentName: 'Your name',
  respondentRole: 'Your role',
  respondentEmail: 'Your email address',
  coverSheet: 'Cover sheet',
  saveAndContinue: 'Save and continue',
  backToTasks: 'Back to the task list',
  change: 'Change',
  changeLabel: (what: string) => `Change ${what}`,
  notAnswered: 'Not answered',
  rating: 'Rating',
  evidence: 'Evidence',
  explanation: 'Explanation',
  actions: 'Actions',
  submit: 'Submit return',
  referenceLabel: 'Your reference number',
  receivedOn: (when: string) => `We received your return on ${when}.`,
  whatHappensNextTitle: 'What happens next',
  whatHappensNext:
    'The partnership reads your return with those of other organisations and may contact you about your evidence or your action plan. In the second year of the cycle you will be asked how your actions are going.',
  downloadCopy: 'Download a copy of your answers',
  downloadCopyHint: 'A file you can keep, or use to carry on from another computer.',
  print: 'Print your return',
  copiesTitle: 'A copy of your answers',
  previousTitle: 'Your answer last cycle',
  previousNotAnswered: 'Not answered last cycle.',
  continueFromFile: 'Continue from a saved copy',
  continueFromFileHint: 'Choose a copy of your answers that you downloaded from this audit, for example on another computer.',
  fileNotJson: (name: string) => `The file ${name} is not a copy of your answers: it could not be read as one.`,
  fileWrongFramework: (name: string, title: string) => `The file ${name} is not a copy of answers to ${title}.`,
  fileReplaces: (name: string) => `The answers in ${name} will replace the answers on this page. Download the answers on this page first if you may need them.`,
  fileReplace: 'Replace my answers',
  fileKeep: 'Keep the answers on this page',
  announceActionPlan: 'An action plan has opened below this rating: add at least one action.',
  announceExplanation: 'A box to explain your rating has opened below this rating.',
  actionPlanTitle: 'Action plan',
  noActionPlan: 'No actions.',
  savedAt: (time: string) => `Saved at ${time}`,
  notApplicableToSector: 'Does not apply to your sector',
  standardPosition: (n: number, total: number) => `Standard ${n} of ${total}`,
  returnIsFor: (names: string) => `This return is for ${names}.`,
  coverHint: 'Your partnership asks these questions about your organisation.',
  notApplicableAnswers: 'Answers kept for standards that do not apply to your sector',
  notApplicableAnswersHint: 'These are kept in your return but not counted. Change your sector if they should count.',
  itemRatings: 'Items',
  notForQuotationMark: 'Not for quotation',
  copiedMark: 'Copied from another return',
  warningPrefix: 'Warning:',
};

/** The words an audit element reads. */
export type AuditStrings = typeof auditStrings;
