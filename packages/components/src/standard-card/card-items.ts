import { html, nothing } from 'lit';
import { isBlank, type Framework, type Item, type ItemResponse, type RatingLevel } from '@s11kit/schema';
import type { AuditStrings } from '../strings/audit-strings.js';
import type { CardErrors } from './response-issues.js';
import { errorMessage } from '../internal/error-message.js';

/** What the items block needs from its card. */
export interface ItemsView {
  readonly framework: Framework;
  readonly items: readonly Item[];
  readonly answers: readonly ItemResponse[];
  readonly rollsUp: boolean;
  readonly errors: CardErrors;
  readonly text: AuditStrings;
  readonly strings: unknown;
  readonly disabled: boolean;
  onRating(itemId: string, event: Event): void;
  onExplanation(itemId: string, event: Event): void;
}

const levelOf = (framework: Framework, rating: string | null | undefined): RatingLevel | undefined =>
  rating ? framework.scale.levels.find((level) => level.id === rating) : undefined;

/**
 * The rated items within a standard, each with a compact rater for the framework's scale (the
 * standard's own rater shows what each level means), and an explanation box for an item whose
 * level asks for one, or that already has one written.
 */
export function renderItems(view: ItemsView) {
  const { framework, text, errors } = view;
  return html`<div class="items" part="items" role="group" aria-labelledby="items-heading">
    <h3 class="heading-s" id="items-heading">${text.itemsHeading}</h3>
    <p class="hint">${text.itemsHint(view.rollsUp)}</p>
    ${errorMessage(errors.items, { part: 'items-error', prefix: text.errorPrefix })}
    <ol class="items__list">
      ${view.items.map((item) => {
        const answer = view.answers.find((a) => a.itemId === item.id);
        const level = levelOf(framework, answer?.rating);
        const needsExplanation = !!level?.requires.includes('explanation');
        const itemErrors = errors.item[item.id] ?? {};
        return html`<li class="items__item" part="item">
          <s11-rater
            class="item-rater"
            data-item=${item.id}
            exportparts="base: item-rater-base, legend: item-rater-legend, hint: item-rater-hint, error: item-rater-error, option: item-rater-option, option-label: item-rater-option-label, option-hint: item-rater-option-hint, control: item-rater-control"
            compact
            .scale=${framework.scale}
            .value=${answer?.rating ?? ''}
            .label=${item.title}
            .hint=${item.hint ?? ''}
            required
            .error=${itemErrors.rating ?? ''}
            .strings=${view.strings}
            ?disabled=${view.disabled}
            @input=${(event: Event) => view.onRating(item.id, event)}
            @change=${(event: Event) => view.onRating(item.id, event)}
          ></s11-rater>
          ${
            needsExplanation || !isBlank(answer?.explanation ?? '')
              ? html`<s11-evidence
                class="item-explanation"
                data-item=${item.id}
                exportparts="base: item-explanation-base, label: item-explanation-label, error: item-explanation-error, control: item-explanation-control, count: item-explanation-count"
                .label=${level?.notApplicable ? text.itemExplanation(item.title) : text.explanationLabel}
                .value=${answer?.explanation ?? ''}
                .rows=${2}
                ?required=${needsExplanation}
                .error=${itemErrors.explanation ?? ''}
                .strings=${view.strings}
                ?disabled=${view.disabled}
                @input=${(event: Event) => view.onExplanation(item.id, event)}
                @change=${(event: Event) => view.onExplanation(item.id, event)}
              ></s11-evidence>`
              : nothing
          }
        </li>`;
      })}
    </ol>
  </div>`;
}
