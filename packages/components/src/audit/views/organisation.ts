import { html, nothing } from 'lit';
import type { AuditHost } from '../host.js';
import { organisationControlId } from '../view.js';
import { textField } from './field.js';
import { isAboutOrganisation } from './organisation-status.js';
import { errorMessage } from '../../internal/error-message.js';

/** The page about the organisation: name, sector, partnerships, respondent and the cover sheet. */
export function renderOrganisation(host: AuditHost, fromCheck = false) {
  const { framework, draft, text } = host;
  const disabled = host.controlsDisabled;
  const errors = new Map<string, string>();
  for (const issue of host.issues) {
    if (issue.severity === 'error' && isAboutOrganisation(issue)) {
      const id = organisationControlId(issue.path);
      if (!errors.has(id)) errors.set(id, issue.message);
    }
  }
  const sectorError = errors.get('organisation-sector');
  const partnershipError = errors.get('partnerships');

  return html`
    <h2 class="title" tabindex="-1" data-view-title>${text.organisationSection}</h2>
    ${textField({
      id: 'organisation-name',
      label: text.organisationName,
      value: draft.organisation.name,
      error: errors.get('organisation-name'),
      autocomplete: 'organization',
      disabled,
      text,
      onInput: (value, type) => host.change((d) => ({ ...d, organisation: { ...d.organisation, name: value } }), type),
    })}
    <div class="form-group ${sectorError ? 'form-group--error' : ''}">
      <label class="label label--s" for="organisation-sector">${text.sector}</label>
      <div class="hint" id="organisation-sector-hint">${text.sectorHint}</div>
      ${errorMessage(sectorError, { id: 'organisation-sector-error', prefix: text.errorPrefix })}
      <select
        class="select ${sectorError ? 'select--error' : ''}"
        id="organisation-sector"
        aria-describedby="organisation-sector-hint ${sectorError ? 'organisation-sector-error' : ''}"
        aria-invalid=${sectorError ? 'true' : nothing}
        ?disabled=${disabled}
        @change=${(event: Event) => {
          event.stopPropagation();
          const sector = (event.target as HTMLSelectElement).value;
          host.change((d) => ({ ...d, organisation: { ...d.organisation, sector } }), 'change');
        }}
      >
        <option value="" ?selected=${draft.organisation.sector === ''}>${text.sectorChoose}</option>
        ${framework.sectors.map(
          (sector) => html`<option value=${sector.id} ?selected=${draft.organisation.sector === sector.id}>${sector.label}</option>`,
        )}
      </select>
    </div>
    ${framework.partnerships.length === 1
      ? html`<p class="body">${text.returnIsFor(framework.partnerships[0]!.name)}</p>`
      : html`<div class="form-group ${partnershipError ? 'form-group--error' : ''}">
          <fieldset class="fieldset" id="partnerships" aria-describedby="partnerships-hint ${partnershipError ? 'partnerships-error' : ''}">
            <legend class="legend legend--s">${text.partnerships}</legend>
            <div class="hint" id="partnerships-hint">${text.partnershipsHint}</div>
            ${errorMessage(partnershipError, { id: 'partnerships-error', prefix: text.errorPrefix })}
            <div class="choices choices--checkbox">
              ${framework.partnerships.map(
                (partnership) => html`<div class="choices__item">
                  <input
                    class="choices__input"
                    type="checkbox"
                    id="partnership-${partnership.id}"
                    .checked=${draft.organisation.partnerships.includes(partnership.id)}
                    aria-invalid=${partnershipError ? 'true' : nothing}
                    ?disabled=${disabled}
                    @change=${(event: Event) => {
                      event.stopPropagation();
                      const checked = (event.target as HTMLInputElement).checked;
                      host.change(
                        (d) => ({
                          ...d,
                          organisation: {
                            ...d.organisation,
                            // Framework order, so returns compare equal however they were ticked.
                            partnerships: framework.partnerships
                              .map((p) => p.id)
                              .filter((id) => (id === partnership.id ? checked : d.organisation.partnerships.includes(id))),
                          },
                        }),
                        'change',
                      );
                    }}
                  />
                  <label class="choices__label" for="partnership-${partnership.id}">${partnership.name}</label>
                </div>`,
              )}
            </div>
          </fieldset>
        </div>`}
    ${textField({ id: 'respondent-name', label: text.respondentName, value: draft.respondent.name, error: errors.get('respondent-name'), autocomplete: 'name', disabled, text, onInput: (value, type) => host.change((d) => ({ ...d, respondent: { ...d.respondent, name: value } }), type) })}
    ${textField({ id: 'respondent-role', label: text.respondentRole, value: draft.respondent.role, error: errors.get('respondent-role'), autocomplete: 'organization-title', optional: true, disabled, text, onInput: (value, type) => host.change((d) => ({ ...d, respondent: { ...d.respondent, role: value } }), type) })}
    ${textField({ id: 'respondent-email', label: text.respondentEmail, value: draft.respondent.email, error: errors.get('respondent-email'), type: 'email', autocomplete: 'email', disabled, text, onInput: (value, type) => host.change((d) => ({ ...d, respondent: { ...d.respondent, email: value } }), type) })}
    ${framework.coverSheet.length
      ? html`<h3 class="section-title">${text.coverSheet}</h3>
          <p class="body hint">${text.coverHint}</p>
          ${framework.coverSheet.map((field) =>
            textField({
              id: `cover-${field.id}`,
              label: field.label,
              hint: field.hint,
              value: draft.cover[field.id] ?? '',
              error: errors.get(`cover-${field.id}`),
              type: field.type,
              autocomplete: field.autocomplete,
              optional: !field.required,
              disabled,
              text,
              onInput: (value, type) => host.change((d) => ({ ...d, cover: { ...d.cover, [field.id]: value } }), type),
            }),
          )}`
      : nothing}
    <div class="button-group">
      <button class="button" type="button" ?disabled=${disabled} @click=${() => host.go({ kind: fromCheck ? 'check' : 'tasks' })}>${text.saveAndContinue}</button>
    </div>
  `;
}
