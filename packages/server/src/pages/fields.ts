import { html, type Html } from './html.js';

const errorText = (id: string, error: string | undefined): Html | '' =>
  error ? html`<p id="${id}-error" class="error-message"><span class="visually-hidden">Error:</span> ${error}</p>` : '';

/** A GOV.UK textarea with its label, hint and error. */
export function textareaField(input: { id: string; label: string; hint?: string; value?: string; error?: string; rows?: number }): Html {
  const described = [input.hint ? `${input.id}-hint` : '', input.error ? `${input.id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="form-group${input.error ? ' form-group--error' : ''}">
  <label class="label" for="${input.id}">${input.label}</label>
  ${input.hint ? html`<p id="${input.id}-hint" class="hint">${input.hint}</p>` : ''}
  ${errorText(input.id, input.error)}
  <textarea class="textarea${input.error ? ' textarea--error' : ''}" id="${input.id}" name="${input.id}" rows="${input.rows ?? 5}"${described ? html` aria-describedby="${described}"` : ''}>${input.value ?? ''}</textarea>
</div>`;
}

/** GOV.UK radios in a fieldset; the first option carries the id the error summary links to. */
export function radiosField(input: { id: string; legend: string; options: readonly { value: string; label: string }[]; value?: string; error?: string }): Html {
  return html`<div class="form-group${input.error ? ' form-group--error' : ''}">
  <fieldset class="fieldset"${input.error ? html` aria-describedby="${input.id}-error"` : ''}>
    <legend class="fieldset__legend">${input.legend}</legend>
    ${errorText(input.id, input.error)}
    <div class="radios">${input.options.map(
      (option, i) =>
        html`<div><input type="radio" id="${i === 0 ? input.id : `${input.id}-${i + 1}`}" name="${input.id}" value="${option.value}"${option.value === input.value ? ' checked' : ''}><label for="${i === 0 ? input.id : `${input.id}-${i + 1}`}">${option.label}</label></div>`,
    )}</div>
  </fieldset>
</div>`;
}

/** One GOV.UK checkbox, such as a declaration. */
export function checkboxField(input: { id: string; label: string; checked?: boolean; error?: string }): Html {
  return html`<div class="form-group${input.error ? ' form-group--error' : ''}">
  ${errorText(input.id, input.error)}
  <div class="checkbox"><input type="checkbox" id="${input.id}" name="${input.id}" value="yes"${input.checked ? ' checked' : ''}${input.error ? html` aria-describedby="${input.id}-error"` : ''}><label for="${input.id}">${input.label}</label></div>
</div>`;
}

/** A GOV.UK select. */
export function selectField(input: { id: string; label: string; options: readonly { value: string; label: string }[]; value?: string; error?: string }): Html {
  return html`<div class="form-group${input.error ? ' form-group--error' : ''}">
  <label class="label" for="${input.id}">${input.label}</label>
  ${errorText(input.id, input.error)}
  <select class="select" id="${input.id}" name="${input.id}"${input.error ? html` aria-describedby="${input.id}-error"` : ''}>${input.options.map(
    (option) => html`<option value="${option.value}"${option.value === input.value ? ' selected' : ''}>${option.label}</option>`,
  )}</select>
</div>`;
}
