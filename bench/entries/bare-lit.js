// The lower bound for rendering: one plain Lit element that renders the same DOM as 12
// <s11-standard-card>s (caption, title, rationale, expectations, a fieldset of radios with labels
// and hints, the evidence label, hint, prompts, textarea and count, the action plan's fieldset and
// button) with no behaviour, no nested elements, no styles and no validation.
import { LitElement, html } from 'lit';

class BareAudit extends LitElement {
  static properties = { framework: { attribute: false } };

  render() {
    const framework = this.framework;
    if (!framework) return html``;
    const levels = framework.scale.levels;
    return html`${framework.standards.map(
      (standard) => html`<article>
        <span>Standard ${standard.number}</span>
        <h2 tabindex="-1">${standard.title}</h2>
        <div>
          <h3>Why it matters</h3>
          <p>${standard.rationale}</p>
          <h3>What good looks like</h3>
          <ul>${standard.expectations.map((item) => html`<li>${item}</li>`)}</ul>
        </div>
        <fieldset>
          <legend>How well do you meet this standard?</legend>
          <div>${levels.map(
            (level, i) => html`<div>
              <input type="radio" name=${`${standard.id}-level`} id=${`${standard.id}-${i}`} value=${level.id} aria-describedby=${`${standard.id}-${i}-hint`} />
              <label for=${`${standard.id}-${i}`}>${level.label}</label>
              <p id=${`${standard.id}-${i}-hint`}>${level.description}</p>
            </div>`,
          )}</div>
        </fieldset>
        <div>
          <label for=${`${standard.id}-evidence`}>Evidence of impact</label>
          <p>Say what you do, how you know it works and what difference it makes for children.</p>
          <details><summary><span>What evidence could you give?</span></summary><div><ul>${standard.evidencePrompts.map((p) => html`<li>${p}</li>`)}</ul></div></details>
          <textarea id=${`${standard.id}-evidence`} rows="6"></textarea>
          <p>You have ${framework.evidenceMaxLength} characters remaining</p>
        </div>
        <fieldset>
          <legend>Action plan</legend>
          <div>Add an action for each thing you will do to meet the standard in full.</div>
          <div><p>No actions yet.</p></div>
          <button type="button">Add an action</button>
        </fieldset>
      </article>`,
    )}`;
  }
}
customElements.define('bare-audit', BareAudit);
