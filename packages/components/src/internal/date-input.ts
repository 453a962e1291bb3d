import { html, nothing, noChange, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { dateEntry, dateParts, type DateParts } from '@s11kit/schema';
import { errorMessage } from './error-message.js';

type Box = keyof DateParts;
const BOXES: readonly Box[] = ['day', 'month', 'year'];

/** The three boxes of a date input, read from the page. */
function typedParts(group: Element | null): DateParts | undefined {
  const inputs = group?.querySelectorAll<HTMLInputElement>('input[data-date-box]');
  if (!inputs || inputs.length !== 3) return undefined;
  const parts: Record<string, string> = {};
  for (const input of inputs) parts[input.dataset.dateBox!] = input.value;
  return parts as unknown as DateParts;
}

/**
 * Puts a box's text on screen only when the stored entry says something other than what the boxes
 * already say: a person who typed "07" keeps seeing "07", though the draft stores 2027-03-07.
 */
class DateBoxDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('dateBox() goes on an <input> element');
  }
  render(_entry: string, _box: Box) {
    return noChange;
  }
  override update(part: ElementPart, [entry, box]: [string, Box]) {
    const input = part.element as HTMLInputElement;
    const typed = typedParts(input.closest('.date-input'));
    if (!typed || dateEntry(typed) !== entry) input.value = dateParts(entry)[box];
    return noChange;
  }
}
const dateBox = directive(DateBoxDirective);

export interface DateInputWords {
  readonly dateDay: string;
  readonly dateMonth: string;
  readonly dateYear: string;
  readonly errorPrefix: string;
}

export interface DateInputOptions {
  /** Id of the day box (what an error link focuses); the others are `<id>-month` and `<id>-year`. */
  readonly id: string;
  readonly legend: string | TemplateResult;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  /** The stored entry: `''`, `YYYY-MM-DD` or the boxes as typed (see `dateEntry` in @s11kit/schema). */
  readonly value: string;
  readonly disabled: boolean;
  readonly required?: boolean;
  readonly words: DateInputWords;
  /** Adds `part` names for elements whose parts are documented (`field`, `label`, `hint`, `error`, `control`). */
  readonly parts?: boolean;
  readonly legendClass?: string;
  readonly onInput: (entry: string, type: 'input' | 'change') => void;
}

/**
 * The GOV.UK date input: a fieldset with a legend, a hint, and day, month and year boxes that take
 * numbers. Unlike `<input type=date>`, it reads the same in every browser and locale, and it keeps
 * whatever was typed, finished or not.
 */
export function dateInput(options: DateInputOptions) {
  const { id, error, hint, words, parts } = options;
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const handler = (event: Event) => {
    event.stopPropagation();
    const typed = typedParts((event.target as HTMLElement).closest('.date-input'));
    if (typed) options.onInput(dateEntry(typed), event.type === 'change' ? 'change' : 'input');
  };
  const label = { day: words.dateDay, month: words.dateMonth, year: words.dateYear };
  return html`
    <div class="form-group ${error ? 'form-group--error' : ''}" part=${parts ? 'field' : nothing}>
      <fieldset class="fieldset" role="group" aria-describedby=${describedBy || nothing}>
        <legend class="legend ${options.legendClass ?? 'legend--s'}" part=${parts ? 'label' : nothing}>${options.legend}</legend>
        ${hint ? html`<div class="hint" id="${id}-hint" part=${parts ? 'hint' : nothing}>${hint}</div>` : nothing}
        ${error ? errorMessage(error, { id: `${id}-error`, part: parts ? 'error' : undefined, prefix: words.errorPrefix }) : nothing}
        <div class="date-input">
          ${BOXES.map((box) => {
            const boxId = box === 'day' ? id : `${id}-${box}`;
            return html`<div class="date-input__item">
              <label class="label date-input__label" for=${boxId}>${label[box]}</label>
              <input
                class="input ${box === 'year' ? 'input--width-4' : 'input--width-2'} ${error ? 'input--error' : ''}"
                id=${boxId}
                part=${parts ? 'control' : nothing}
                type="text"
                inputmode="numeric"
                autocomplete="off"
                spellcheck="false"
                data-date-box=${box}
                aria-invalid=${error ? 'true' : nothing}
                aria-required=${options.required ? 'true' : nothing}
                ?disabled=${options.disabled}
                ${dateBox(options.value, box)}
                @input=${handler}
                @change=${handler}
              />
            </div>`;
          })}
        </div>
      </fieldset>
    </div>
  `;
}
