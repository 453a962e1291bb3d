/* Generated from the JSON Schema files by json-schema-to-typescript. Do not edit. */

/**
 * One organisation’s answers to a framework, as a draft or as submitted.
 */
export interface AuditReturn {
  /**
   * Link to this JSON Schema, for editors.
   */
  $schema?: string;
  framework: FrameworkRef;
  organisation: Organisation;
  respondent: Respondent;
  cycle: CycleRef;
  /**
   * Whether the return is still a draft or has been submitted.
   */
  status: 'draft' | 'submitted';
  /**
   * Answers to the framework’s cover sheet, by field id.
   */
  cover: {
    [k: string]: string;
  };
  /**
   * One response per standard answered.
   *
   * @maxItems 200
   */
  responses: Response[];
  /**
   * When the return was started.
   */
  createdAt: string;
  /**
   * When the return last changed.
   */
  updatedAt: string;
  /**
   * When the return was submitted, or null for a draft.
   */
  submittedAt: string | null;
}
/**
 * The framework and version the return was made with.
 */
export interface FrameworkRef {
  id: string;
  version: string;
}
/**
 * The organisation the return is about.
 */
export interface Organisation {
  name: string;
  /**
   * One of the framework’s sector ids, or empty while not yet chosen.
   */
  sector: '' | string;
  /**
   * Ids of the partnerships the return is shared with.
   *
   * @maxItems 50
   */
  partnerships: string[];
}
/**
 * The person completing the return.
 */
export interface Respondent {
  name: string;
  role: string;
  email: string;
}
/**
 * The audit cycle and the year within it.
 */
export interface CycleRef {
  start: number;
  year: number;
}
/**
 * The answer for one standard.
 */
export interface Response {
  /**
   * Id of the standard answered.
   */
  standardId: string;
  /**
   * Id of the chosen level of the scale, or null when not yet rated.
   */
  rating: string | null;
  /**
   * Evidence of impact and outcomes.
   */
  evidence: string;
  /**
   * Why the rating was given; required by some levels, such as N/A.
   */
  explanation: string;
  /**
   * The action plan for the standard.
   *
   * @maxItems 50
   */
  actions: Action[];
}
/**
 * One SMART action: what will be done, who leads it and by when.
 */
export interface Action {
  /**
   * Id of the action, unique within the return.
   */
  id: string;
  /**
   * What will be done, specific and measurable.
   */
  action: string;
  /**
   * Who is responsible for the action.
   */
  lead: string;
  /**
   * When the action is due, YYYY-MM-DD, or empty in a draft.
   */
  due: '' | string;
  /**
   * How far the action has got.
   */
  status: 'not-started' | 'in-progress' | 'complete';
  /**
   * Progress notes.
   */
  notes: string;
}
