import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import {
  checkResponse,
  emptyAction,
  emptyResponse,
  isBlank,
  isResponseEmpty,
  standardWording,
  type Action,
  type Framework,
  type Instant,
  type Issue,
  type RatingLevel,
  type Response,
  type Standard,
} from '@s11kit/schema';
import { S11Element } from '../internal/s11-element.js';
import { tokens } from '../styles/tokens.js';
import type { S11Rater } from '../rater/rater.js';
import type { S11Evidence } from '../evidence/evidence.js';
import type { S11ActionPlan } from '../action-plan/action-plan.js';
import { cardErrors } from './response-issues.js';
import { standardCardStyles } from './standard-card.styles.js';
import { mergeStrings } from '../strings/merge-strings.js';
import { auditStrings, type AuditStrings } from '../strings/audit-strings.js';

/** A field of a response that an issue can point at, relative to the response. */
export type ResponseFieldPath = readonly (string | number)[];

/**
 * One standard and its answer: the standard's number, title, rationale and expectations in the
 * sector's wording, then a rater, the evidence box, an explanation when the chosen level asks for
 * one (or when one was written), and the action plan, opened with an empty action when the level
 * needs one. A panel says what is still needed before the return can be submitted; the schema
 * decides what that is.
 *
 * @event input - The response changed; read `response`.
 * @event change - A change was committed (a rating chosen, a field left).
 * @csspart base - The article around the card.
 * @csspart caption - "Standard 6".
 * @csspart title - The standard's title.
 * @csspart about - Rationale and expectations.
 * @csspart needed - The panel of what is still needed.
 * @csspart rater-base - The rater's fieldset (and every other rater part as `rater-*`).
 * @csspart evidence-control - The evidence textarea (and every other evidence part as `evidence-*`).
 * @csspart explanation-control - The explanation textarea (and other parts as `explanation-*`).
 * @csspart plan-base - The action plan (and every other plan part as `plan-*`).
 * @cssproperty --s11-standard-card-max-width - Longest line of the card. Default 42em.
 */
export class S11StandardCard extends S11Element {
  /** The words to show: the defaults with the page's overrides on top. */
  protected get _text(): AuditStrings {
    return mergeStrings(auditStrings, this.strings);
  }

  static override styles = [tokens, standardCardStyles];

  /** The framework the standard belongs to. */
  @property({ attribute: false }) framework: Framework | undefined;
  /** Id of the standard to show. */
  @property({ attribute: 'standard-id' }) standardId = '';
  /** The answer so far; an empty one when not set. */
  @property({ attribute: false }) response: Response | undefined;
  /** The organisation's sector: picks the standard's wording. */
  @property() sector = '';
  /** Issues from `validateReturn` for this standard, shown on their fields. */
  @property({ attribute: false }) issues: readonly Issue[] = [];
  /** Action ids used elsewhere in the return, so that new actions get fresh ones. */
  @property({ attribute: false }) takenIds: readonly string[] = [];
  /** Whether every control is disabled. */
  @property({ type: Boolean, reflect: true, useDefault: true }) disabled = false;
  /** The moment due dates are judged at for the "still needed" panel; defaults to now. */
  @property({ attribute: false }) now: Instant | undefined;

  /** What a screen reader is told when a rating opens a part of the card; a new object each time. */
  @state() private _announcement: { text: string } | undefined;

  @query('s11-rater') private _rater!: S11Rater | null;
  @query('.evidence') private _evidence!: S11Evidence | null;
  @query('.explanation') private _explanation!: S11Evidence | null;
  @query('s11-action-plan') private _plan!: S11ActionPlan | null;
  @query('.title') private _title!: HTMLElement | null;

  /** The standard being shown, if the framework has it. */
  get standard(): Standard | undefined {
    return this.framework?.standards.find((standard) => standard.id === this.standardId);
  }

  private get _response(): Response {
    return this.response ?? emptyResponse(this.standardId);
  }

  private get _level(): RatingLevel | undefined {
    const rating = this._response.rating;
    return rating ? this.framework?.scale.levels.find((level) => level.id === rating) : undefined;
  }

  /** Move focus to the card's title, as when the card becomes the page's content. */
  focusTitle(): void {
    this._title?.focus();
  }

  /** Move focus to the control a response path points at: `['rating']`, `['actions', 0, 'lead']`... */
  async focusField(path: ResponseFieldPath): Promise<void> {
    await this.updateComplete;
    const [field, actionIndex, actionField] = path;
    if (field === 'evidence') this._evidence?.focus();
    else if (field === 'explanation') this._explanation?.focus();
    else if (field === 'actions' && this._plan) {
      await this._plan.updateComplete;
      if (typeof actionIndex === 'number') await this._plan.focusAction(actionIndex, actionField as keyof Action | undefined);
      else this._plan.focus();
    } else this._rater?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('standardId') || changed.has('framework')) && this.response === undefined && this.standardId) {
      this.response = emptyResponse(this.standardId);
    }
  }

  override render() {
    const standard = this.standard;
    const framework = this.framework;
    if (!standard || !framework) return nothing;
    const text = this._text;
    const wording = standardWording(standard, this.sector || undefined);
    const response = this._response;
    const level = this._level;
    const errors = cardErrors(this.issues);
    const needsExplanation = !!level?.requires.includes('explanation');
    const showExplanation = needsExplanation || !isBlank(response.explanation);
    const ownIds = response.actions.map((action) => action.id);

    return html`
      <article class="card" part="base" aria-labelledby="title">
        <span class="caption" part="caption" id="caption">${text.standardCaption(standard.number)}</span>
        <h2 class="title" part="title" id="title" tabindex="-1">${wording.title}</h2>
        <div class="about" part="about">
          ${wording.rationale
            ? html`<h3 class="heading-s">${text.rationaleHeading}</h3>
                <p class="rationale">${wording.rationale}</p>`
            : nothing}
          ${wording.expectations.length
            ? html`<h3 class="heading-s">${text.expectationsHeading}</h3>
                <ul class="expectations">
                  ${wording.expectations.map((item) => html`<li>${item}</li>`)}
                </ul>`
            : nothing}
        </div>
        <s11-rater
          exportparts="base: rater-base, legend: rater-legend, hint: rater-hint, error: rater-error, option: rater-option, option-label: rater-option-label, option-hint: rater-option-hint, control: rater-control"
          .scale=${framework.scale}
          .value=${response.rating ?? ''}
          .label=${text.ratingLegend}
          required
          .error=${errors.rating ?? ''}
          .strings=${this.strings}
          ?disabled=${this.disabled}
          @input=${this._onRating}
          @change=${this._onRating}
        ></s11-rater>
        <s11-evidence
          class="evidence"
          exportparts="base: evidence-base, label: evidence-label, hint: evidence-hint, error: evidence-error, control: evidence-control, count: evidence-count, prompts: evidence-prompts"
          .label=${text.evidenceLabel}
          .hint=${text.evidenceHint}
          .prompts=${standard.evidencePrompts}
          .maxlength=${framework.evidenceMaxLength}
          ?required=${!!level?.requires.includes('evidence')}
          .value=${response.evidence}
          .error=${errors.evidence ?? ''}
          .strings=${this.strings}
          ?disabled=${this.disabled}
          @input=${(event: Event) => this._onText(event, 'evidence')}
          @change=${(event: Event) => this._onText(event, 'evidence')}
        ></s11-evidence>
        ${showExplanation
          ? html`<s11-evidence
              class="explanation"
              exportparts="base: explanation-base, label: explanation-label, hint: explanation-hint, error: explanation-error, control: explanation-control, count: explanation-count"
              .label=${level?.notApplicable ? text.explanationNotApplicable : text.explanationLabel}
              .value=${response.explanation}
              .rows=${3}
              ?required=${needsExplanation}
              .error=${errors.explanation ?? ''}
              .strings=${this.strings}
              ?disabled=${this.disabled}
              @input=${(event: Event) => this._onText(event, 'explanation')}
              @change=${(event: Event) => this._onText(event, 'explanation')}
            ></s11-evidence>`
          : nothing}
        <s11-action-plan
          exportparts="base: plan-base, legend: plan-legend, hint: plan-hint, error: plan-error, list: plan-list, row: plan-row, add-button: plan-add-button"
          .value=${response.actions}
          .takenIds=${this.takenIds.filter((id) => !ownIds.includes(id))}
          .fieldErrors=${errors.actionFields}
          ?required=${!!level?.requires.includes('action')}
          .error=${errors.actions ?? ''}
          .strings=${this.strings}
          ?disabled=${this.disabled}
          @input=${this._onActions}
          @change=${this._onActions}
        ></s11-action-plan>
        ${this._renderNeeded(response)}
        <div class="visually-hidden" aria-live="polite">
          ${this._announcement ? keyed(this._announcement, html`<span>${this._announcement.text}</span>`) : nothing}
        </div>
      </article>
    `;
  }

  private _renderNeeded(response: Response) {
    if (!this.framework || isResponseEmpty(response)) return nothing;
    const missing = checkResponse(this.framework, response, {
      ...(this.sector ? { sector: this.sector } : {}),
      ...(this.now === undefined ? {} : { now: this.now }),
    }).filter((issue) => issue.severity === 'error');
    if (missing.length === 0) {
      return html`<div class="needed needed--done" part="needed"><p>${this._text.nothingNeeded}</p></div>`;
    }
    return html`
      <div class="needed" part="needed">
        <p class="needed__title">${this._text.stillNeeded}</p>
        <ul class="needed__list">
          ${missing.map((issue) => html`<li>${issue.message}</li>`)}
        </ul>
      </div>
    `;
  }

  private _update(change: Partial<Response>, event: Event): void {
    event.stopPropagation();
    this.response = { ...this._response, ...change };
    this.dispatchEvent(new Event(event.type, { bubbles: true, composed: true }));
  }

  private _onRating = (event: Event): void => {
    const rater = event.currentTarget as S11Rater;
    const rating = rater.value || null;
    const change: Partial<Response> = { rating };
    const level = this.framework?.scale.levels.find((l) => l.id === rating);
    // A level that needs an action opens the plan with one empty action to fill in.
    const opensPlan = event.type === 'change' && !!level?.requires.includes('action') && this._response.actions.length === 0;
    if (opensPlan) change.actions = [emptyAction(this.takenIds)];
    // The rater's input event has already put the level in place, but the card has not rendered
    // since: the explanation box is not on screen yet if this level is what opens it.
    const opensExplanation = event.type === 'change' && !!level?.requires.includes('explanation') && !this._explanation;
    // Said aloud: the new fields appear below the radios, out of sight of someone who cannot see them.
    if (opensPlan) this._announcement = { text: this._text.announceActionPlan };
    else if (opensExplanation) this._announcement = { text: this._text.announceExplanation };
    this._update(change, event);
  };

  private _onText(event: Event, field: 'evidence' | 'explanation'): void {
    this._update({ [field]: (event.currentTarget as S11Evidence).value }, event);
  }

  private _onActions = (event: Event): void => {
    this._update({ actions: (event.currentTarget as S11ActionPlan).value }, event);
  };
}
