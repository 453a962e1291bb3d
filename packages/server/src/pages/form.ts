import { html, type Html } from './html.js';

/** The GOV.UK error summary: a list of links to the fields with problems. */
export function errorSummary(errors: Readonly<Record<string, string>>): Html | '' {
  const entries = Object.entries(errors);
  if (!entries.length) return '';
  return html`<div class="error-summary" role="alert" tabindex="-1">
  <h2 class="error-summary__title">There is a problem</h2>
  <ul class="error-summary__list">${entries.map(([field, message]) => html`<li><a href="#${field}">${message}</a></li>`)}</ul>
</div>`;
}

/** A labelled text input in the GOV.UK pattern, with its error message when it has one. */
export function textField(input: { id: string; label: string; type?: string; value?: string; autocomplete?: string; error?: string }): Html {
  const error = input.error;
  return html`<div class="form-group${error ? ' form-group--error' : ''}">
  <label class="label" for="${input.id}">${input.label}</label>
  ${error ? html`<p id="${input.id}-error" class="error-message"><span class="visually-hidden">Error:</span> ${error}</p>` : ''}
  <input class="input${error ? ' input--error' : ''}" id="${input.id}" name="${input.id}" type="${input.type ?? 'text'}" value="${input.value ?? ''}"${
    input.autocomplete ? html` autocomplete="${input.autocomplete}"` : ''
  }${error ? html` aria-describedby="${input.id}-error"` : ''} spellcheck="false">
</div>`;
}

export const csrfField = (csrf: string): Html => html`<input type="hidden" name="_csrf" value="${csrf}">`;
