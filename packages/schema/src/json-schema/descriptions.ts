/**
 * Words for JSON Schema readers (editors show them on hover; json-schema-to-typescript turns them
 * into doc comments). Kept out of the models so that browsers do not download them.
 * Keyed by definition name, then property name; `''` describes the definition itself.
 */
export const DESCRIPTIONS: Record<string, Record<string, string>> = {
  Framework: {
    '': 'One partnership’s Section 11 self-assessment tool: its standards, rating scale, sectors and cover sheet.',
    $schema: 'Link to this JSON Schema, for editors.',
    id: 'Stable id of the framework, such as "portsmouth-compact". Returns name it.',
    version: 'Version of the framework, such as "2026.1". A return records the version it was made with.',
    title: 'Name of the tool as partnerships know it.',
    summary: 'What the tool is for, in a few sentences.',
    partnerships: 'Partnerships that accept returns made with this tool; the first owns it.',
    scale: 'The rating scale every standard is rated on.',
    sectors: 'Kinds of organisation that answer the tool; standards can apply to some sectors only and have sector wording.',
    standards: 'The standards, in the order they are answered.',
    coverSheet: 'Extra questions about the organisation asked before the standards.',
    cycle: 'How the audit cycle runs.',
    evidenceMaxLength: 'Most characters allowed in the evidence for one standard.',
  },
  RatingScale: {
    '': 'An ordered rating scale, best level first.',
    expected: 'Id of the lowest level that meets the expectation; aggregation counts levels below it as concerns.',
  },
  RatingLevel: {
    '': 'One level of a rating scale and what a response at that level must carry.',
    description: 'What the level means, shown as hint text next to it.',
    tone: 'Colour family; elements also show text and a shape so that colour is never the only signal.',
    requires: 'What a response at this level must include before it is submitted.',
    notApplicable: 'True for a "not applicable" level: it is left out of scores and comparisons.',
  },
  Standard: {
    '': 'One standard (also called a key feature or area) that organisations rate themselves against.',
    number: 'Number shown to people, such as 6 in "standard 6, Safe recruitment".',
    rationale: 'Why the standard matters.',
    expectations: 'What an organisation meeting the standard would have in place.',
    evidencePrompts: 'Examples of evidence that would show the standard is met.',
    sectors: 'Sector ids the standard applies to; left out, it applies to every sector.',
    variants: 'Wording of the standard for particular sectors.',
  },
  StandardVariant: { '': 'Wording of a standard for one sector; what is left out falls back to the standard.' },
  Sector: { '': 'A kind of organisation, such as statutory agencies or early years providers.' },
  Partnership: { '': 'A safeguarding children partnership that receives returns.' },
  CoverField: {
    '': 'A question on the cover sheet.',
    autocomplete: 'HTML autocomplete token for the field, such as "email".',
  },
  Cycle: {
    lengthYears: 'Years in one audit cycle.',
    yearTwo: 'What happens after the self-assessment year: tracking the action plans, a signed statement of compliance, or nothing.',
  },
  AuditReturn: {
    '': 'One organisation’s answers to a framework, as a draft or as submitted.',
    $schema: 'Link to this JSON Schema, for editors.',
    framework: 'The framework and version the return was made with.',
    organisation: 'The organisation the return is about.',
    respondent: 'The person completing the return.',
    cycle: 'The audit cycle and the year within it.',
    status: 'Whether the return is still a draft or has been submitted.',
    cover: 'Answers to the framework’s cover sheet, by field id.',
    responses: 'One response per standard answered.',
    createdAt: 'When the return was started.',
    updatedAt: 'When the return last changed.',
    submittedAt: 'When the return was submitted, or null for a draft.',
  },
  Organisation: {
    sector: 'One of the framework’s sector ids, or empty while not yet chosen.',
    partnerships: 'Ids of the partnerships the return is shared with.',
  },
  Response: {
    '': 'The answer for one standard.',
    standardId: 'Id of the standard answered.',
    rating: 'Id of the chosen level of the scale, or null when not yet rated.',
    evidence: 'Evidence of impact and outcomes.',
    explanation: 'Why the rating was given; required by some levels, such as N/A.',
    actions: 'The action plan for the standard.',
  },
  Action: {
    '': 'One SMART action: what will be done, who leads it and by when.',
    id: 'Id of the action, unique within the return.',
    action: 'What will be done, specific and measurable.',
    lead: 'Who is responsible for the action.',
    due: 'When the action is due, YYYY-MM-DD, or empty in a draft.',
    status: 'How far the action has got.',
    notes: 'Progress notes.',
  },
};
