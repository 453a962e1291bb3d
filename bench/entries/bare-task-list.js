// The lower bound for painting the audit's task list: one plain Lit element that renders the same
// DOM as <s11-audit>'s task list (the title, the progress line, the three sections, a link and a
// status for each task) from the framework JSON, with no behaviour, no styles, no draft and no
// statuses worked out.
import { LitElement, html } from 'lit';

class BareTaskList extends LitElement {
  static properties = { framework: { attribute: false } };

  render() {
    const framework = this.framework;
    if (!framework) return html``;
    const task = (id, title) => html`<li>
      <div><a href="#s11/${id}" aria-describedby="status-${id}">${title}</a></div>
      <div id="status-${id}"><strong>Not started</strong></div>
    </li>`;
    return html`<div>
      <s11-error-summary></s11-error-summary>
      <h2 tabindex="-1">${framework.title}</h2>
      <p>Complete each section. You can do them in any order and come back later: your answers are saved in this browser as you type.</p>
      <p>You have completed 0 of ${framework.standards.length + 1} sections.</p>
      <h3>1. About your organisation</h3>
      <ul>${task('organisation', 'About your organisation')}</ul>
      <h3>2. Standards</h3>
      <ul>${framework.standards.map((standard) => task(`standard/${standard.id}`, `${standard.number}. ${standard.title}`))}</ul>
      <h3>3. Check and submit</h3>
      <ul><li><div><a href="#s11/check">Check your answers and submit</a></div></li></ul>
      <div role="status"></div>
    </div>`;
  }
}
customElements.define('bare-task-list', BareTaskList);
