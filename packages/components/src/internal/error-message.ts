import { html, nothing } from 'lit';

export interface ErrorMessageOptions {
  /** So that the control can name it in `aria-describedby`. */
  readonly id?: string | undefined;
  /** The CSS part a designer styles it by, where the element exports one. */
  readonly part?: string | undefined;
  /** "Error:", read before the message by screen readers (GOV.UK), in the page's language. */
  readonly prefix: string;
}

/**
 * The GOV.UK error message above a field: one template for every element, so that the prefix a
 * screen reader needs and the class the styles know cannot drift apart between copies. Nothing
 * when there is no message. The message is text, never HTML.
 */
export function errorMessage(message: string | undefined, options: ErrorMessageOptions) {
  if (!message) return nothing;
  return html`<p class="error-message" id=${options.id ?? nothing} part=${options.part ?? nothing}><span class="visually-hidden">${options.prefix}</span> ${message}</p>`;
}
