import { html, type Html } from './html.js';

/** The error message above a field, in the GOV.UK pattern. */
export const fieldError = (id: string, message: string | undefined): Html | '' =>
  message ? html`<p id="${id}-error" class="error-message"><span class="visually-hidden">Error:</span> ${message}</p>` : '';

export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

/**
 * GOV.UK radios in a fieldset. Each input's id is `<name>--<value>`; an error links to the first.
 * `legend` is markup so that a page can make it its heading.
 */
export function radios(input: { name: string; legend: Html; hint?: string; choices: readonly Choice[]; checked?: string | null; error?: string; small?: boolean }): Html {
  const first = `${input.name}--${input.choices[0]?.value ?? ''}`;
  const described = [input.hint ? `${input.name}-hint` : '', input.error ? `${first}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="form-group${input.error ? ' form-group--error' : ''}">
<fieldset class="fieldset"${described ? html` aria-describedby="${described}"` : ''}>
<legend class="fieldset__legend">${input.legend}</legend>
${input.hint ? html`<div id="${input.name}-hint" class="hint">${input.hint}</div>` : ''}
${fieldError(first, input.error)}
<div class="radios${input.small ? ' radios--small' : ''}">
${input.choices.map(
  (choice) => html`<div class="radios__item">
<input class="radios__input" id="${input.name}--${choice.value}" name="${input.name}" type="radio" value="${choice.value}"${choice.value === input.checked ? html` checked` : ''}${
    choice.hint ? html` aria-describedby="${input.name}--${choice.value}-hint"` : ''
  }>
<label class="label radios__label" for="${input.name}--${choice.value}">${choice.label}</label>
${choice.hint ? html`<div id="${input.name}--${choice.value}-hint" class="hint radios__hint">${choice.hint}</div>` : ''}
</div>`,
)}
</div>
</fieldset>
</div>`;
}

export function textarea(input: { id: string; label: string; hint?: string; value?: string; error?: string; rows?: number }): Html {
  const described = [input.hint ? `${input.id}-hint` : '', input.error ? `${input.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="form-group${input.error ? ' form-group--error' : ''}">
<label class="label" for="${input.id}">${input.label}</label>
${input.hint ? html`<div id="${input.id}-hint" class="hint">${input.hint}</div>` : ''}
${fieldError(input.id, input.error)}
<textarea class="textarea${input.error ? ' textarea--error' : ''}" id="${input.id}" name="${input.id}" rows="${input.rows ?? 4}"${described ? html` aria-describedby="${described}"` : ''}>${input.value ?? ''}</textarea>
</div>`;
}

export function textInput(input: { id: string; label: string; hint?: string; value?: string; error?: string; autocomplete?: string }): Html {
  const described = [input.hint ? `${input.id}-hint` : '', input.error ? `${input.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="form-group${input.error ? ' form-group--error' : ''}">
<label class="label" for="${input.id}">${input.label}</label>
${input.hint ? html`<div id="${input.id}-hint" class="hint">${input.hint}</div>` : ''}
${fieldError(input.id, input.error)}
<input class="input${input.error ? ' input--error' : ''}" id="${input.id}" name="${input.id}" type="text" value="${input.value ?? ''}"${
    input.autocomplete ? html` autocomplete="${input.autocomplete}"` : ''
  }${described ? html` aria-describedby="${described}"` : ''}>
</div>`;
}

/** The GOV.UK date input: day, month and year boxes named `<id>-day` and so on; an error links to the day. */
export function dateInput(input: { id: string; legend: string; hint?: string; value?: { day: string; month: string; year: string }; error?: string }): Html {
  const value = input.value ?? { day: '', month: '', year: '' };
  const described = [input.hint ? `${input.id}-hint` : '', input.error ? `${input.id}-day-error` : ''].filter(Boolean).join(' ');
  const box = (part: 'day' | 'month' | 'year', label: string, width: number) =>
    html`<div class="date-input__item"><label class="label date-input__label" for="${input.id}-${part}">${label}</label><input class="input input--width-${width}${
      input.error ? ' input--error' : ''
    }" id="${input.id}-${part}" name="${input.id}-${part}" type="text" inputmode="numeric" value="${value[part]}"></div>`;
  return html`<div class="form-group${input.error ? ' form-group--error' : ''}">
<fieldset class="fieldset" role="group"${described ? html` aria-describedby="${described}"` : ''}>
<legend class="fieldset__legend fieldset__legend--s">${input.legend}</legend>
${input.hint ? html`<div id="${input.id}-hint" class="hint">${input.hint}</div>` : ''}
${fieldError(`${input.id}-day`, input.error)}
<div class="date-input">${box('day', 'Day', 2)}${box('month', 'Month', 2)}${box('year', 'Year', 4)}</div>
</fieldset>
</div>`;
}
