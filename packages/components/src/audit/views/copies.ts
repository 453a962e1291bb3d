import { html, nothing } from 'lit';
import { validateReturn, type AuditReturn, type Framework } from '@s11kit/schema';
import type { AuditStrings } from '../../strings/audit-strings.js';
import { downloadText } from '../../internal/draft-notices.js';
import { asDraft } from '../drafts.js';
import { errorMessage } from '../../internal/error-message.js';

/** Offer the answers as a file named after the framework, the organisation and the day. */
export function downloadCopy(value: AuditReturn, nowIso: string): void {
  const name = value.organisation.name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  downloadText(`${value.framework.id}${name ? `-${name}` : ''}-${nowIso.slice(0, 10)}.json`, `${JSON.stringify(value, null, 2)}\n`);
}

/** A downloaded copy read back: the draft it holds, or why it cannot be used. */
export type SavedCopy = { readonly value: AuditReturn } | { readonly problem: string };

/** Read a file someone chose as a saved copy of this framework's answers. Never throws. */
export async function readSavedCopy(file: File, framework: Framework, text: AuditStrings): Promise<SavedCopy> {
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch {
    return { problem: text.fileNotJson(file.name) };
  }
  const id = (data as { framework?: { id?: unknown } } | null)?.framework?.id;
  if (id !== framework.id) return { problem: typeof id === 'string' ? text.fileWrongFramework(file.name, framework.title) : text.fileNotJson(file.name) };
  const draft = asDraft(data as AuditReturn);
  if (!validateReturn(framework, { ...draft, framework: { id: framework.id, version: framework.version } }, { mode: 'draft' }).ok) {
    return { problem: text.fileNotJson(file.name) };
  }
  return { value: draft };
}

export interface CopiesOptions {
  readonly text: AuditStrings;
  /** What to say about the last file chosen. */
  readonly message: { readonly text: string; readonly error: boolean } | undefined;
  /** A file whose answers would replace the ones on the page, waiting for the person to agree. */
  readonly choice: { readonly name: string } | undefined;
  readonly disabled: boolean;
  download(): void;
  choose(event: Event): void;
  replace(): void;
  keep(): void;
}

/** Below the task list: take the answers to another computer, or carry on from a copy. */
export function renderCopies({ text, message, choice, disabled, download, choose, replace, keep }: CopiesOptions) {
  return html`
    <h3 class="section-title">${text.copiesTitle}</h3>
    <p class="body">
      <button class="link-button" type="button" @click=${download}>${text.downloadCopy}</button>
      <span class="hint">${text.downloadCopyHint}</span>
    </p>
    <div class="form-group ${message?.error ? 'form-group--error' : ''}">
      <label class="label label--s" for="saved-copy">${text.continueFromFile}</label>
      <div class="hint" id="saved-copy-hint">${text.continueFromFileHint}</div>
      ${message?.error ? errorMessage(message.text, { id: 'saved-copy-error', prefix: text.errorPrefix }) : nothing}
      <input
        class="file-upload"
        id="saved-copy"
        type="file"
        accept="application/json,.json"
        aria-describedby="saved-copy-hint ${message?.error ? 'saved-copy-error' : ''}"
        ?disabled=${disabled}
        @change=${choose}
      />
    </div>
    ${message && !message.error ? html`<p class="body" role="status">${message.text}</p>` : nothing}
    ${
      choice
        ? html`<div class="banner banner--warning" role="alert" part="notice">
          <p class="banner__text">${text.fileReplaces(choice.name)}</p>
          <div class="button-group">
            <button class="button button--warning" type="button" @click=${replace}>${text.fileReplace}</button>
            <button class="button button--secondary" type="button" @click=${download}>${text.downloadCopy}</button>
            <button class="link-button" type="button" @click=${keep}>${text.fileKeep}</button>
          </div>
        </div>`
        : nothing
    }
  `;
}
