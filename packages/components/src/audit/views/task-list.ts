import { html } from 'lit';
import { responseStatus, standardWording, type ResponseStatus } from '@s11kit/schema';
import { follow, type TaskListHost } from '../host.js';
import type { AuditView } from '../view.js';
import { organisationStatus } from './organisation-status.js';

function statusTag(host: TaskListHost, status: ResponseStatus, id: string) {
  const label = host.text.taskStatus[status];
  // GOV.UK task list: "Completed" is plain text; anything still to do is a tag that stands out.
  return html`<div class="task__status" id=${id}>
    ${status === 'complete' ? html`${label}` : html`<strong class="task-tag task-tag--${status}">${label}</strong>`}
  </div>`;
}

function task(host: TaskListHost, id: string, title: string, status: ResponseStatus, view: AuditView) {
  return html`<li class="task" part="task">
    <div class="task__name"><a class="task__link" href=${host.href(view)} aria-describedby="status-${id}" @click=${follow(() => host.go(view))}>${title}</a></div>
    ${statusTag(host, status, `status-${id}`)}
  </li>`;
}

/** The GOV.UK task list: the organisation, each standard, then check and submit. */
export function renderTaskList(host: TaskListHost) {
  const { framework, draft, text } = host;
  const sector = draft.organisation.sector || undefined;
  const standards = host.applicable.map((standard) => {
    const response = draft.responses.find((r) => r.standardId === standard.id);
    return { standard, status: responseStatus(framework, response, { ...(sector ? { sector } : {}), now: host.nowIso }) };
  });
  const organisation = organisationStatus(host);
  const done = standards.filter((s) => s.status === 'complete').length + (organisation === 'complete' ? 1 : 0);
  const total = standards.length + 1;

  return html`
    <h2 class="title" tabindex="-1" data-view-title>${framework.title}</h2>
    <p class="body" part="intro">${host.saving === 'online' ? text.taskListIntroOnline : host.saving === 'none' ? text.taskListIntroUnsaved : text.taskListIntro}</p>
    <p class="body progress" part="progress">${text.progress(done, total)}</p>
    <h3 class="section-title">1. ${text.organisationSection}</h3>
    <ul class="task-list" part="task-list">
      ${task(host, 'organisation', text.organisationSection, organisation, { kind: 'organisation' })}
    </ul>
    <h3 class="section-title">2. ${text.standardsSection}</h3>
    <ul class="task-list" part="task-list">
      ${standards.map(({ standard, status }) =>
        task(host, standard.id, `${standard.number}. ${standardWording(standard, sector).title}`, status, { kind: 'standard', standardId: standard.id }),
      )}
    </ul>
    <h3 class="section-title">3. ${text.submitSection}</h3>
    <ul class="task-list" part="task-list">
      <li class="task" part="task">
        <div class="task__name"><a class="task__link" href=${host.href({ kind: 'check' })} @click=${follow(() => host.go({ kind: 'check' }))}>${text.checkAnswersTask}</a></div>
      </li>
    </ul>
  `;
}
