// An audit page that registers the element the documented way and nothing else.
import '@s11kit/components/s11-audit.js';

const audit = document.querySelector('s11-audit');
if (!audit) throw new Error('no audit on the page');

audit.addEventListener('s11-submit', (event) => {
  const status: 'draft' | 'submitted' = event.detail.value.status;
  const organisation: string = event.detail.value.organisation.name;
  // @ts-expect-error the detail is typed, not any: a misspelt field is an error
  event.detail.vaule;
  console.log(status, organisation);
});
audit.addEventListener('s11-invalid', (event) => {
  const messages: string[] = event.detail.issues.map((issue) => issue.message);
  console.log(messages);
});
audit.addEventListener('s11-restore', (event) => {
  const savedAt: string = event.detail.savedAt;
  const setAside: number = event.detail.setAside;
  console.log(savedAt, setAside);
});
audit.addEventListener('s11-storage-error', (event) => {
  const problem: 'unavailable' | 'full' | 'conflict' = event.detail.problem;
  console.log(problem);
});
audit.addEventListener('s11-framework-error', (event) => {
  const message: string = event.detail.message;
  console.log(message, event.detail.source, event.detail.issues.length);
});
// Events of the parts the audit is made of bubble out of it.
audit.addEventListener('s11-issue-select', (event) => console.log(event.detail.issue.path));
audit.addEventListener('s11-action-add', (event) => console.log(event.detail.index, event.detail.action.lead));

// Listening on the document works too.
document.addEventListener('s11-submit', (event) => console.log(event.detail.value.responses.length));
