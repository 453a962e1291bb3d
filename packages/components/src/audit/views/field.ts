import { html, nothing } from 'lit';
import type { AuditStrings } from '../../strings/audit-strings.js';
import { dateInput } from '../../internal/date-input.js';
import { errorMessage } from '../../internal/error-message.js';

export interface TextFieldOptions {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly type?: 'text' | 'email' | 'tel' | 'date' | 'textarea';
  readonly autocomplete?: string | undefined;
  readonly optional?: boolean;
  readonly disabled: boolean;
  readonly text: AuditStrings;
  readonly onInput: (value: string, type: 'input' | 'change') => void;
}

/**
 * A GOV.UK text field (label, hint, error message, input or textarea) inside the audit's pages;
 * a date is the GOV.UK date input. Without an `autocomplete` token the browser offers nothing: most
 * of these fields are about someone else (an audit lead, a board member), not the person typing.
 */
export function textField(options: TextFieldOptions) {
  const { id, error, hint } = options;
  // One string, so that the accessible name keeps its space: "Your role (optional)".
  const label = options.optional ? `${options.label} ${options.text.optional}` : options.label;
  if (options.type === 'date') {
    return dateInput({
      id,
      legend: label,
      hint: hint ?? options.text.dateHint,
      error,
      value: options.value,
      disabled: options.disabled,
      words: options.text,
      onInput: options.onInput,
    });
  }
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
  const handler = (event: Event) => {
    event.stopPropagation();
    options.onInput((event.target as HTMLInputElement).value, event.type === 'change' ? 'change' : 'input');
  };
  const type = options.type ?? 'text';
  return html`
    <div class="form-group ${error ? 'form-group--error' : ''}">
      <label class="label label--s" for=${id}>${label}</label>
      ${hint ? html`<div class="hint" id="${id}-hint">${hint}</div>` : nothing}
      ${error ? errorMessage(error, { id: `${id}-error`, prefix: options.text.errorPrefix }) : nothing}
      ${
        type === 'textarea'
          ? html`<textarea
            class="textarea ${error ? 'textarea--error' : ''}"
            id=${id}
            rows="4"
            .value=${options.value}
            aria-describedby=${describedBy}
            aria-invalid=${error ? 'true' : 'false'}
            ?disabled=${options.disabled}
            @input=${handler}
            @change=${handler}
          ></textarea>`
          : html`<input
            class="input ${error ? 'input--error' : ''}"
            id=${id}
            type=${type}
            .value=${options.value}
            autocomplete=${options.autocomplete ?? 'off'}
            spellcheck=${type === 'email' ? 'false' : nothing}
            aria-describedby=${describedBy}
            aria-invalid=${error ? 'true' : 'false'}
            ?disabled=${options.disabled}
            @input=${handler}
            @change=${handler}
          />`
      }
    </div>
  `;
}
