// A page that uses the parts on their own: the action plan and the error summary.
import '@s11kit/components/s11-action-plan.js';
import '@s11kit/components/s11-error-summary.js';

const plan = document.querySelector('s11-action-plan')!;
plan.addEventListener('s11-action-add', (event) => {
  const index: number = event.detail.index;
  console.log(index, event.detail.action.action);
});
plan.addEventListener('s11-action-remove', (event) => {
  if (event.detail.action.lead === '') event.preventDefault();
});

const errors = document.querySelector('s11-error-summary')!;
errors.addEventListener('s11-issue-select', (event) => {
  const code: string = event.detail.issue.code;
  console.log(code);
});
