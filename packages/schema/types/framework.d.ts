/* Generated from the JSON Schema files by json-schema-to-typescript. Do not edit. */

/**
 * One partnership’s Section 11 self-assessment tool: its standards, rating scale, sectors and cover sheet.
 */
export interface Framework {
  /**
   * Link to this JSON Schema, for editors.
   */
  $schema?: string;
  /**
   * Stable id of the framework, such as "portsmouth-compact". Returns name it.
   */
  id: string;
  /**
   * Version of the framework, such as "2026.1". A return records the version it was made with.
   */
  version: string;
  /**
   * Name of the tool as partnerships know it.
   */
  title: string;
  /**
   * What the tool is for, in a few sentences.
   */
  summary: string;
  /**
   * Partnerships that accept returns made with this tool; the first owns it.
   *
   * @minItems 1
   * @maxItems 50
   */
  partnerships: Partnership[];
  scale: RatingScale;
  /**
   * Kinds of organisation that answer the tool; standards can apply to some sectors only and have sector wording.
   *
   * @minItems 1
   * @maxItems 20
   */
  sectors: Sector[];
  /**
   * The standards, in the order they are answered.
   *
   * @minItems 1
   * @maxItems 200
   */
  standards: Standard[];
  /**
   * Extra questions about the organisation asked before the standards.
   *
   * @maxItems 40
   */
  coverSheet: CoverField[];
  cycle: Cycle;
  /**
   * Most characters allowed in the evidence for one standard.
   */
  evidenceMaxLength: number;
}
/**
 * A safeguarding children partnership that receives returns.
 */
export interface Partnership {
  id: string;
  name: string;
}
/**
 * The rating scale every standard is rated on.
 */
export interface RatingScale {
  id: string;
  label: string;
  /**
   * @minItems 2
   * @maxItems 12
   */
  levels: RatingLevel[];
  /**
   * Id of the lowest level that meets the expectation; aggregation counts levels below it as concerns.
   */
  expected: string;
}
/**
 * One level of a rating scale and what a response at that level must carry.
 */
export interface RatingLevel {
  id: string;
  label: string;
  /**
   * What the level means, shown as hint text next to it.
   */
  description: string;
  /**
   * Colour family; elements also show text and a shape so that colour is never the only signal.
   */
  tone: 'blue' | 'green' | 'amber' | 'red' | 'grey';
  /**
   * What a response at this level must include before it is submitted.
   *
   * @maxItems 3
   */
  requires: ('evidence' | 'explanation' | 'action')[];
  /**
   * True for a "not applicable" level: it is left out of scores and comparisons.
   */
  notApplicable?: boolean;
}
/**
 * A kind of organisation, such as statutory agencies or early years providers.
 */
export interface Sector {
  id: string;
  label: string;
  description?: string;
}
/**
 * One standard (also called a key feature or area) that organisations rate themselves against.
 */
export interface Standard {
  id: string;
  /**
   * Number shown to people, such as 6 in "standard 6, Safe recruitment".
   */
  number: number;
  title: string;
  /**
   * Why the standard matters.
   */
  rationale: string;
  /**
   * What an organisation meeting the standard would have in place.
   *
   * @maxItems 40
   */
  expectations: string[];
  /**
   * Examples of evidence that would show the standard is met.
   *
   * @maxItems 40
   */
  evidencePrompts: string[];
  /**
   * Sector ids the standard applies to; left out, it applies to every sector.
   *
   * @maxItems 20
   */
  sectors?: string[];
  /**
   * Wording of the standard for particular sectors.
   *
   * @maxItems 20
   */
  variants?: StandardVariant[];
}
/**
 * Wording of a standard for one sector; what is left out falls back to the standard.
 */
export interface StandardVariant {
  sector: string;
  title?: string;
  rationale?: string;
  /**
   * @maxItems 40
   */
  expectations?: string[];
}
/**
 * A question on the cover sheet.
 */
export interface CoverField {
  id: string;
  label: string;
  hint?: string;
  type: 'text' | 'textarea' | 'email' | 'tel' | 'date';
  required: boolean;
  /**
   * HTML autocomplete token for the field, such as "email".
   */
  autocomplete?: string;
}
/**
 * How the audit cycle runs.
 */
export interface Cycle {
  /**
   * Years in one audit cycle.
   */
  lengthYears: number;
  /**
   * What happens after the self-assessment year: tracking the action plans, a signed statement of compliance, or nothing.
   */
  yearTwo: 'action-plan-tracking' | 'statement-of-compliance' | 'none';
}
