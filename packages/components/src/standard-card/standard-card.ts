import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import {
  applicableItems,
  checkResponse,
  emptyAction,
  emptyResponse,
  isBlank,
  isResponseEmpty,
  rollUpOf,
  standardWording,
  withRolledUpRating,
  type Action,
  type Framework,
  type Instant,
  type Issue,
  type Item,
  type ItemResponse,
  type RatingLevel,
  type Response,
  type Standard,
} from '@s11kit/schema';
import { S11Element } from '../internal/s11-element.js';
import { choiceStyles, formStyles } from '../styles/form.js';
import { buttonStyles } from '../styles/button.js';
import { tokens } from '../styles/tokens.js';
import type { S11Rater } from '../rater/rater.js';
import type { S11Evidence } from '../evidence/evidence.js';
import type { S11ActionPlan } from '../action-plan/action-plan.js';
import { cardErrors } from './response-issues.js';
import { renderItems } from './card-items.js';
import { standardCardStyles } from './standard-card.styles.js';
import { mergeStrings } from '../strings/merge-strings.js';
import { auditStrings, type AuditStrings } from '../strings/audit-strings.js';
import { errorMessage } from '../internal/error-message.js';

/** The same empty list on every render, so that the plan does not update for a new one each time. */
const NO_IDS: readonly string[] = [];

/** A field of a response that an issue can point at, relative to the response. */
export type ResponseFieldPath = readonly (string | number)[];

/**
 * One standard and its answer: the standard's number, title, rationale and expectations in the
 * sector's wording, then a rater, the items within the standard that apply to the sector (each
 * with a rater; a standard that rolls up from its items shows the rating they give instead of its
 * own rater), the evidence box with the sector's prompts and a reminder not to identify children,
 * a choice not to be quoted, an explanation when the chosen level asks for one (or when one was
 * written), and the action plan, opened with an empty action when a level needs one. A panel says
 * what is still needed before the return can be submitted; the schema decides what that is.
 * Evidence copied from another partnership's return is marked until the person has checked it.
 *
 * @event input - The response changed; read `response`.
 * @event change - A change was committed (a rating chosen, a field left).
 * @csspart base - The article around the card.
 * @csspart caption - "Standard 6".
 * @csspart title - The standard's title.
 * @csspart about - Rationale and expectations.
 * @csspart needed - The panel of what is still needed.
 * @csspart rolled-up - The rating a standard takes from its items, in place of its rater.
 * @csspart items - The items within the standard: heading, hint and list.
 * @csspart items-error - The error about the items as a whole.
 * @csspart item - Each item.
 * @csspart item-rater-base - Each item's rater (and every other rater part as `item-rater-*`:
 *   `item-rater-legend`, `item-rater-hint`, `item-rater-error`, `item-rater-option`,
 *   `item-rater-option-label`, `item-rater-option-hint`, `item-rater-control`).
 * @csspart item-explanation-control - An item's explanation box (and `item-explanation-base`,
 *   `item-explanation-label`, `item-explanation-error`, `item-explanation-count`).
 * @csspart copied - The notice that the evidence was copied from another return, with its button.
 * @csspart quotation - The choice not to have the evidence quoted.
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

  static override styles = [tokens, formStyles, choiceStyles, buttonStyles, standardCardStyles];

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
  /**
   * No longer needed: action ids need be unique only within a response, and the card gives new
   * actions ids its other actions do not have. Kept so that pages that set it keep working.
   * @deprecated
   */
  @property({ attribute: false }) takenIds: readonly string[] = [];
  /** Whether every control is disabled. */
  @property({ type: Boolean, reflect: true, useDefault: true }) disabled = false;
  /** The moment due dates are judged at for the "still needed" panel; defaults to now. */
  @property({ attribute: false }) now: Instant | undefined;

  /** What a screen reader is told when a rating opens a part of the card; a new object each time. */
  @state() private _announcement: { text: string } | undefined;

  @query('s11-rater:not(.item-rater)') private _rater!: S11Rater | null;
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

  private _levelOf(rating: string | null | undefined): RatingLevel | undefined {
    return rating ? this.framework?.scale.levels.find((level) => level.id === rating) : undefined;
  }

  private get _level(): RatingLevel | undefined {
    return this._levelOf(this._response.rating);
  }

  /** The items of the standard that apply to the sector. */
  private get _items(): Item[] {
    const standard = this.standard;
    return standard ? applicableItems(standard, this.sector || undefined) : [];
  }

  /** The standard's level and its items' levels: each can ask for evidence or an action plan. */
  private _asking(response: Response): RatingLevel[] {
    const levels = [this._levelOf(response.rating), ...(response.items ?? []).map((item) => this._levelOf(item.rating))];
    return levels.filter((level): level is RatingLevel => level !== undefined);
  }

  /** Move focus to the card's title, as when the card becomes the page's content. */
  focusTitle(): void {
    this._title?.focus();
  }

  /**
   * Move focus to the control a response path points at: `['rating']`, `['actions', 0, 'lead']`,
   * `['items', 2, 'rating']`... (the part of an issue's path after `['responses', i]`).
   */
  async focusField(path: ResponseFieldPath): Promise<void> {
    await this.updateComplete;
    const [field, index, subfield] = path;
    const root = this.renderRoot;
    if (field === 'evidence') this._evidence?.focus();
    else if (field === 'explanation') this._explanation?.focus();
    else if (field === 'actions' && this._plan) {
      await this._plan.updateComplete;
      if (typeof index === 'number') this._plan.focusAction(index, subfield as keyof Action | undefined);
      else this._plan.focus();
    } else if (field === 'items' || (!this._rater && field === 'rating')) {
      // An item's own control, else the first item still to rate (which is what a standard that
      // rolls up from its items is waiting for).
      const id = typeof index === 'number' ? this._response.items?.[index]?.itemId : undefined;
      const kind = subfield === 'explanation' ? 's11-evidence' : 's11-rater';
      const named = id === undefined ? null : root.querySelector<HTMLElement>(`${kind}[data-item="${CSS.escape(id)}"]`);
      const unrated = [...root.querySelectorAll<S11Rater>('s11-rater.item-rater')].find((rater) => !rater.value);
      (named ?? unrated ?? root.querySelector<HTMLElement>('#rolled-up'))?.focus();
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
    const items = this._items;
    const rollsUp = items.length > 0 && rollUpOf(standard) === 'worst-item';
    const errors = cardErrors(
      this.issues,
      (response.items ?? []).map((item) => item.itemId),
    );
    const asking = this._asking(response);
    const needsExplanation = !!level?.requires.includes('explanation');
    const showExplanation = needsExplanation || !isBlank(response.explanation);

    return html`
      <article class="card" part="base" aria-labelledby="title">
        <span class="caption" part="caption" id="caption">${text.standardCaption(standard.number)}</span>
        <h2 class="title" part="title" id="title" tabindex="-1">${wording.title}</h2>
        <div class="about" part="about">
          ${
            wording.rationale
              ? html`<h3 class="heading-s">${text.rationaleHeading}</h3>
                <p class="rationale">${wording.rationale}</p>`
              : nothing
          }
          ${
            wording.expectations.length
              ? html`<h3 class="heading-s">${text.expectationsHeading}</h3>
                <ul class="expectations">
                  ${wording.expectations.map((item) => html`<li>${item}</li>`)}
                </ul>`
              : nothing
          }
        </div>
        ${
          rollsUp
            ? html`<div class="rolled-up ${errors.rating ? 'form-group--error' : ''}" part="rolled-up" id="rolled-up" tabindex="-1">
              ${errorMessage(errors.rating, { prefix: text.errorPrefix })}
              <p class="rolled-up__text">${level ? text.rolledUpRating(level.label) : text.rolledUpPending}</p>
            </div>`
            : html`<s11-rater
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
            ></s11-rater>`
        }
        ${
          items.length
            ? renderItems({
                framework,
                items,
                answers: response.items ?? [],
                rollsUp,
                errors,
                text,
                strings: this.strings,
                disabled: this.disabled,
                onRating: (itemId, event) => this._onItem(itemId, event, 'rating'),
                onExplanation: (itemId, event) => this._onItem(itemId, event, 'explanation'),
              })
            : nothing
        }
        ${
          response.copiedFrom
            ? html`<div class="copied" part="copied" role="note">
              <p>${text.evidenceCopied}</p>
              <button type="button" class="button button--secondary" ?disabled=${this.disabled} @click=${this._onChecked}>${text.evidenceChecked}</button>
            </div>`
            : nothing
        }
        <s11-evidence
          class="evidence"
          exportparts="base: evidence-base, label: evidence-label, hint: evidence-hint, error: evidence-error, control: evidence-control, count: evidence-count, prompts: evidence-prompts"
          .label=${text.evidenceLabel}
          .hint=${`${text.evidenceHint} ${text.evidencePrivacy}`}
          .prompts=${wording.evidencePrompts}
          .maxlength=${framework.evidenceMaxLength}
          ?required=${asking.some((l) => l.requires.includes('evidence'))}
          .value=${response.evidence}
          .error=${errors.evidence ?? ''}
          .strings=${this.strings}
          ?disabled=${this.disabled}
          @input=${(event: Event) => this._onText(event, 'evidence')}
          @change=${(event: Event) => this._onText(event, 'evidence')}
        ></s11-evidence>
        <div class="choices choices--checkbox quotation" part="quotation">
          <div class="choices__item">
            <input class="choices__input" id="not-for-quotation" type="checkbox" .checked=${!!response.notForQuotation}
              ?disabled=${this.disabled} @change=${this._onQuotation} @input=${this._stop} />
            <label class="choices__label" for="not-for-quotation">${text.notForQuotation}</label>
          </div>
        </div>
        ${
          showExplanation
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
            : nothing
        }
        <s11-action-plan
          exportparts="base: plan-base, legend: plan-legend, hint: plan-hint, error: plan-error, list: plan-list, row: plan-row, add-button: plan-add-button"
          .value=${response.actions}
          .takenIds=${NO_IDS}
          .fieldErrors=${errors.actionFields}
          ?required=${asking.some((l) => l.requires.includes('action'))}
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
    const next: Response = { ...this._response, ...change };
    // Optional marks that no longer hold are left out, not written as undefined.
    if (next.copiedFrom === undefined) delete next.copiedFrom;
    if (!next.notForQuotation) delete next.notForQuotation;
    this.response = next;
    this.dispatchEvent(new Event(event.type, { bubbles: true, composed: true }));
  }

  /** A change made by a button or checkbox, whose own events stay inside: fire input, then change. */
  private _commit(change: Partial<Response>): void {
    this._update(change, new Event('input'));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /**
   * On a committed choice that brings in a level needing a plan (the standard's or an item's),
   * open the plan with one empty action, and say so: it appears out of sight of someone who cannot
   * see the screen. True when it opened.
   */
  private _openPlan(change: Partial<Response>, event: Event): boolean {
    const next = { ...this._response, ...change };
    const opens = event.type === 'change' && next.actions.length === 0 && this._asking(next).some((l) => l.requires.includes('action'));
    if (opens) {
      change.actions = [emptyAction()];
      this._announcement = { text: this._text.announceActionPlan };
    }
    return opens;
  }

  private _onRating = (event: Event): void => {
    const rater = event.currentTarget as S11Rater;
    const rating = rater.value || null;
    const change: Partial<Response> = { rating };
    const level = this._levelOf(rating);
    const opensPlan = this._openPlan(change, event);
    // The rater's input event has already put the level in place, but the card has not rendered
    // since: the explanation box is not on screen yet if this level is what opens it.
    const opensExplanation = event.type === 'change' && !!level?.requires.includes('explanation') && !this._explanation;
    if (!opensPlan && opensExplanation) this._announcement = { text: this._text.announceExplanation };
    this._update(change, event);
  };

  /** An item was rated or explained: its answer changes, and a standard that rolls up takes its items' rating. */
  private _onItem(itemId: string, event: Event, field: 'rating' | 'explanation'): void {
    const standard = this.standard;
    const framework = this.framework;
    if (!standard || !framework) return;
    const value = (event.currentTarget as S11Rater | S11Evidence).value;
    const response = this._response;
    const answers = response.items ?? [];
    const current = answers.find((a) => a.itemId === itemId) ?? { itemId, rating: null, explanation: '' };
    const answer: ItemResponse = field === 'rating' ? { ...current, rating: value || null } : { ...current, explanation: value };
    // In the framework's order, with any answers for items that do not apply kept at the end.
    const order = this._items.map((item) => item.id);
    const items = [...order.flatMap((id) => (id === itemId ? [answer] : answers.filter((a) => a.itemId === id))), ...answers.filter((a) => !order.includes(a.itemId))];
    const next = withRolledUpRating(framework, standard, { ...response, items }, this.sector || undefined);
    const change: Partial<Response> = { items, rating: next.rating };
    this._openPlan(change, event);
    this._update(change, event);
  }

  private _onText(event: Event, field: 'evidence' | 'explanation'): void {
    // Once the person edits copied text, it is theirs.
    this._update({ [field]: (event.currentTarget as S11Evidence).value, copiedFrom: undefined }, event);
  }

  private _onChecked = (): void => {
    this._commit({ copiedFrom: undefined });
    // The notice and its button go: put focus where the person will read on.
    void this.updateComplete.then(() => this._evidence?.focus());
  };

  private _onQuotation = (event: Event): void => {
    event.stopPropagation();
    this._commit({ notForQuotation: (event.currentTarget as HTMLInputElement).checked });
  };

  private _stop(event: Event): void {
    event.stopPropagation();
  }

  private _onActions = (event: Event): void => {
    this._update({ actions: (event.currentTarget as S11ActionPlan).value }, event);
  };
}
