import { html, nothing } from 'lit';
import { IDENTIFIER_SCHEMES, type AuditReturn, type OrganisationIdentifier } from '@s11kit/schema';
import type { AuditHost } from '../host.js';
import { organisationControlId, viewOfIssue } from '../issue-view.js';
import { textField } from './field.js';
import type { AuditStrings } from '../../strings/audit-strings.js';
import { errorMessage } from '../../internal/error-message.js';

/** The most identifiers a return may carry (the schema's limit). */
const MAX_IDENTIFIERS = 10;

const withIdentifiers = (d: AuditReturn, identifiers: OrganisationIdentifier[]): AuditReturn => {
  // None at all is left out, as a return may.
  const { identifiers: _, ...rest } = d.organisation;
  return { ...d, organisation: identifiers.length ? { ...rest, identifiers } : rest };
};

/**
 * The organisation's identifiers, optional: GOV.UK's "add another" pattern, a register and a
 * number or code for each. What is typed is kept as typed; the schema says what is wrong at submit.
 */
function identifiersInput(host: AuditHost, errors: ReadonlyMap<string, string>, disabled: boolean) {
  const text: AuditStrings = host.text;
  const identifiers = host.draft.organisation.identifiers ?? [];
  const set = (i: number, change: Partial<OrganisationIdentifier>, type: 'input' | 'change') =>
    host.change(
      (d) =>
        withIdentifiers(
          d,
          (d.organisation.identifiers ?? []).map((identifier, at) => (at === i ? { ...identifier, ...change } : identifier)),
        ),
      type,
    );
  // The button pressed may go, or move: focus where the person carries on, once the page has
  // rendered the change (in a microtask, so a task later it is there).
  const focusSoon = (event: Event, selector: string) => {
    const root = (event.currentTarget as HTMLElement).getRootNode() as ParentNode;
    setTimeout(() => root.querySelector<HTMLElement>(selector)?.focus());
  };
  const add = (event: Event) => {
    host.change((d) => withIdentifiers(d, [...(d.organisation.identifiers ?? []), { scheme: IDENTIFIER_SCHEMES[0], id: '' }]), 'change');
    focusSoon(event, `#identifier-${identifiers.length}-scheme`);
  };
  const remove = (event: Event, i: number) => {
    host.change(
      (d) =>
        withIdentifiers(
          d,
          (d.organisation.identifiers ?? []).filter((_, at) => at !== i),
        ),
      'change',
    );
    focusSoon(event, identifiers.length > 1 ? `#identifier-${Math.max(0, i - 1)}-scheme` : '#identifier-add');
  };
  return html`<div class="form-group">
    <fieldset class="fieldset" id="identifiers" aria-describedby="identifiers-hint">
      <legend class="legend legend--s">${text.identifiers} ${text.optional}</legend>
      <div class="hint" id="identifiers-hint">${text.identifiersHint}</div>
      ${identifiers.map((identifier, i) => {
        const schemeId = `identifier-${i}-scheme`;
        const schemeError = errors.get(schemeId);
        return html`<fieldset class="fieldset identifier">
          <legend class="legend">${text.identifierLegend(i + 1)}</legend>
          <div class="form-group ${schemeError ? 'form-group--error' : ''}">
            <label class="label" for=${schemeId}>${text.identifierScheme}</label>
            ${errorMessage(schemeError, { id: `${schemeId}-error`, prefix: text.errorPrefix })}
            <select
              class="select ${schemeError ? 'select--error' : ''}"
              id=${schemeId}
              aria-describedby=${schemeError ? `${schemeId}-error` : nothing}
              aria-invalid=${schemeError ? 'true' : nothing}
              ?disabled=${disabled}
              @change=${(event: Event) => {
                event.stopPropagation();
                set(i, { scheme: (event.target as HTMLSelectElement).value as OrganisationIdentifier['scheme'] }, 'change');
              }}
            >
              ${IDENTIFIER_SCHEMES.map((scheme) => html`<option value=${scheme} ?selected=${identifier.scheme === scheme}>${text.identifierSchemes[scheme]}</option>`)}
            </select>
          </div>
          ${textField({
            id: `identifier-${i}-id`,
            label: text.identifierId,
            hint: text.identifierIdHint,
            value: identifier.id,
            error: errors.get(`identifier-${i}-id`),
            disabled,
            text,
            onInput: (value, type) => set(i, { id: value }, type),
          })}
          <button class="button button--secondary" type="button" ?disabled=${disabled} @click=${(event: Event) => remove(event, i)}>
            ${text.removeIdentifier}<span class="visually-hidden"> ${text.identifierLegend(i + 1)}</span>
          </button>
        </fieldset>`;
      })}
      ${
        identifiers.length < MAX_IDENTIFIERS
          ? html`<button class="button button--secondary" id="identifier-add" type="button" ?disabled=${disabled} @click=${add}>
            ${identifiers.length ? text.addAnotherIdentifier : text.addIdentifier}
          </button>`
          : nothing
      }
    </fieldset>
  </div>`;
}

/** The page about the organisation: name, sector, partnerships, respondent and the cover sheet. */
export function renderOrganisation(host: AuditHost, fromCheck = false) {
  const { framework, draft, text } = host;
  const disabled = host.controlsDisabled;
  const errors = new Map<string, string>();
  for (const issue of host.issues) {
    if (issue.severity === 'error' && viewOfIssue(issue, () => undefined)?.kind === 'organisation') {
      const id = organisationControlId(issue);
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
        ${framework.sectors.map((sector) => html`<option value=${sector.id} ?selected=${draft.organisation.sector === sector.id}>${sector.label}</option>`)}
      </select>
    </div>
    ${
      framework.partnerships.length === 1
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
                            partnerships: framework.partnerships.map((p) => p.id).filter((id) => (id === partnership.id ? checked : d.organisation.partnerships.includes(id))),
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
        </div>`
    }
    ${identifiersInput(host, errors, disabled)}
    ${textField({ id: 'respondent-name', label: text.respondentName, value: draft.respondent.name, error: errors.get('respondent-name'), autocomplete: 'name', disabled, text, onInput: (value, type) => host.change((d) => ({ ...d, respondent: { ...d.respondent, name: value } }), type) })}
    ${textField({ id: 'respondent-role', label: text.respondentRole, value: draft.respondent.role, error: errors.get('respondent-role'), autocomplete: 'organization-title', optional: true, disabled, text, onInput: (value, type) => host.change((d) => ({ ...d, respondent: { ...d.respondent, role: value } }), type) })}
    ${textField({ id: 'respondent-email', label: text.respondentEmail, value: draft.respondent.email, error: errors.get('respondent-email'), type: 'email', autocomplete: 'email', disabled, text, onInput: (value, type) => host.change((d) => ({ ...d, respondent: { ...d.respondent, email: value } }), type) })}
    ${
      framework.coverSheet.length
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
        : nothing
    }
    <div class="button-group">
      <button class="button" type="button" ?disabled=${disabled} @click=${() => host.go({ kind: fromCheck ? 'check' : 'tasks' })}>${text.saveAndContinue}</button>
    </div>
  `;
}
