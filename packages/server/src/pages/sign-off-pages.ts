import type { SignOffRole } from '@s11kit/schema';
import type { SignerLinkState, SignOffThread } from '../store/sign-off.js';
import { checkboxField, radiosField, textareaField } from './fields.js';
import { csrfField, errorSummary, textField } from './form.js';
import { html, type Html } from './html.js';
import { page } from './layout.js';
import { when } from './when.js';

export interface SignOffFormValues {
  readonly name?: string;
  readonly role?: string;
  readonly email?: string;
}

const roleOptions = (roles: readonly SignOffRole[]) => roles.map((role) => ({ value: role.id, label: role.label }));

/** The "Send for sign-off" form: who signs, in which role, and where their link goes. */
export function signOffForm(input: {
  token: string;
  csrf: string;
  roles: readonly SignOffRole[];
  values?: SignOffFormValues;
  errors?: Record<string, string>;
  again?: boolean;
}): Html {
  const errors = input.errors ?? {};
  const values = input.values ?? {};
  return html`<form method="post" action="/a/${input.token}/sign-off" novalidate>
  ${csrfField(input.csrf)}
  ${textField({ id: 'name', label: 'Name of the person signing off', value: values.name ?? '', autocomplete: 'off', ...(errors.name ? { error: errors.name } : {}) })}
  ${radiosField({ id: 'role', legend: 'Their role', options: roleOptions(input.roles), ...(values.role ? { value: values.role } : {}), ...(errors.role ? { error: errors.role } : {}) })}
  ${textField({ id: 'email', label: 'Their email address', type: 'email', value: values.email ?? '', autocomplete: 'off', ...(errors.email ? { error: errors.email } : {}) })}
  <button class="button${input.again ? ' button--secondary' : ''}" type="submit">Send for sign-off</button>
</form>`;
}

const signerOf = (thread: SignOffThread) => `${thread.requested.signer.name} (${thread.requested.signer.role})`;

/** The sign-off panel of the agency page: where sign-off stands, its history, and the form. */
export function signOffPanel(input: {
  token: string;
  csrf: string;
  roles: readonly SignOffRole[];
  required: boolean;
  rolesText: string;
  threads: readonly SignOffThread[];
  draftRevision: number | undefined;
}): Html {
  const latest = input.threads.at(-1);
  const answer = latest?.answer;
  const moved = latest !== undefined && input.draftRevision !== latest.requested.revision;
  let status: Html;
  if (!latest)
    status = html`<p>${input.required ? html`Your return must be signed off by ${input.rolesText} before you send it.` : html`You can ask ${input.rolesText} to sign your return off before you send it.`} Save your answers, check them, then send the return for sign-off: the person signing gets their own link to read it and sign it off, or send it back to you with a comment.</p>`;
  else if (answer?.kind === 'signed-off')
    status = moved
      ? html`<p class="notice">Signed off by ${answer.actor.kind === 'signer' ? `${answer.actor.name}, ${answer.actor.role}` : ''} on ${when(answer.at)}, but your answers have changed since. Send it for sign-off again before you send your return.</p>`
      : html`<p class="notice">Signed off by ${answer.actor.kind === 'signer' ? `${answer.actor.name}, ${answer.actor.role}` : ''} on ${when(answer.at)}. You can now send your return. If you change an answer, it will need signing off again.</p>`;
  else if (answer?.kind === 'sign-off-sent-back')
    status = html`<div class="notice"><p>${answer.actor.kind === 'signer' ? answer.actor.name : 'The signer'} sent your return back on ${when(answer.at)}:</p>
<blockquote class="inset quote">${answer.comment}</blockquote>
<p>Change your answers, then send it for sign-off again.</p></div>`;
  else
    status = moved
      ? html`<p class="notice">You sent it for sign-off to ${signerOf(latest)} on ${when(latest.requested.at)}, but your answers have changed since, so their link no longer works. Send it for sign-off again.</p>`
      : html`<p class="notice">Sent for sign-off to ${signerOf(latest)} on ${when(latest.requested.at)}. They have a link to read your return and sign it off or send it back. You can send your return once it is signed off.</p>`;
  const again = latest !== undefined && !(answer === undefined && !moved) && !(answer?.kind === 'signed-off' && !moved);
  return html`<section class="section" id="sign-off" aria-labelledby="sign-off-title">
<h2 class="heading-m" id="sign-off-title">Sign-off</h2>
${status}
${
  latest === undefined || again
    ? signOffForm({ token: input.token, csrf: input.csrf, roles: input.roles })
    : html`<details><summary>Send it to someone else for sign-off</summary>${signOffForm({ token: input.token, csrf: input.csrf, roles: input.roles, again: true })}</details>`
}
${input.threads.length ? signOffHistory(input.threads) : ''}
</section>`;
}

function signOffHistory(threads: readonly SignOffThread[]): Html {
  const steps = threads.flatMap((thread) => [
    html`<li>${when(thread.requested.at)}: sent for sign-off to ${signerOf(thread)}</li>`,
    thread.answer?.kind === 'signed-off'
      ? html`<li>${when(thread.answer.at)}: signed off by ${thread.answer.actor.kind === 'signer' ? `${thread.answer.actor.name}, ${thread.answer.actor.role}` : ''}</li>`
      : '',
    thread.answer?.kind === 'sign-off-sent-back'
      ? html`<li>${when(thread.answer.at)}: sent back by ${thread.answer.actor.kind === 'signer' ? thread.answer.actor.name : ''}: <span class="quote">${thread.answer.comment}</span></li>`
      : '',
  ]);
  return html`<h3 class="heading-s">History</h3><ul class="timeline">${steps}</ul>`;
}

const shell = (title: string, body: Html, header?: string) => page({ title, body: header ? html`<span class="caption">${header}</span>${body}` : body });

/** The "Send for sign-off" form on a page of its own, when what was typed needs correcting. */
export function signOffFormPage(input: {
  token: string;
  csrf: string;
  roles: readonly SignOffRole[];
  values: SignOffFormValues;
  errors: Record<string, string>;
  agencyName: string;
}): string {
  return shell(
    'Error: Send for sign-off',
    html`${errorSummary(input.errors)}<h1 class="heading-l">Send for sign-off</h1>${signOffForm(input)}<p><a href="/a/${input.token}">Back to your return</a></p>`,
    input.agencyName,
  );
}

/** Sign-off cannot be asked for yet: nothing saved, or answers that cannot be sent. */
export function signOffNotReadyPage(input: { token: string; agencyName: string; problems: readonly string[] }): string {
  return shell(
    'Your return is not ready for sign-off',
    html`<h1 class="heading-l">Your return is not ready for sign-off</h1>
<p>The person signing off reads the answers saved on the collector, and they must be ready to send. First:</p>
<ul>${input.problems.map((problem) => html`<li>${problem}</li>`)}</ul>
<p><a href="/a/${input.token}#s11/check">Check your answers</a></p>`,
    input.agencyName,
  );
}

/** After "Send for sign-off": the link was emailed, or here it is to pass on (shown once). */
export function signOffSentPage(input: {
  token: string;
  agencyName: string;
  signer: { name: string; email: string };
  link: string;
  emailed: boolean;
  mailProblem?: boolean;
}): string {
  return shell(
    'Sent for sign-off',
    html`<div class="panel"><h1 class="heading-l">Sent for sign-off</h1><p>To ${input.signer.name}</p></div>
${
  input.emailed
    ? html`<p>We have emailed ${input.signer.name} at ${input.signer.email} a link to read your return and sign it off or send it back.</p>`
    : html`<p>${input.mailProblem ? 'We could not email the link. ' : ''}Copy this link and send it to ${input.signer.name} (${input.signer.email}): it lets them read your return and sign it off or send it back. It is shown only once.</p>
<p class="link-text"><code>${input.link}</code></p>`
}
<p>If you change an answer before they sign, their link stops working and you will need to send it again.</p>
<p><a href="/a/${input.token}">Back to your return</a></p>`,
    input.agencyName,
  );
}

const STATE_TEXT: Record<Exclude<SignerLinkState, 'open'>, string> = {
  signed: 'You have signed this return off. Nothing more is needed from you.',
  'sent-back': 'You sent this return back. If the organisation changes it, they will send you a new link.',
  superseded: 'The organisation has since sent this return for sign-off again, so this link no longer works. Use the newest link they sent.',
  stale: 'The answers have changed since you were asked to sign, so this link no longer works. The organisation needs to send the return to you again.',
};

export interface SignerPageInput {
  readonly token: string;
  readonly csrf: string;
  readonly state: SignerLinkState;
  readonly thread: SignOffThread;
  readonly agencyName: string;
  readonly campaignTitle: string;
  readonly builtInFramework: string | undefined;
  readonly sector: string;
  readonly roles: readonly SignOffRole[];
  readonly values?: { name?: string; role?: string; confirm?: boolean; comment?: string };
  readonly errors?: Record<string, string>;
}

/** The signer's page: the whole return read-only, and a form to sign it off or send it back. */
export function signerPage(input: SignerPageInput): string {
  const base = `/s/${input.token}`;
  const errors = input.errors ?? {};
  const values = input.values ?? {};
  const requested = input.thread.requested;
  const source = input.builtInFramework ? html`framework="${input.builtInFramework}"` : html`src="${base}/framework.json"`;
  const roleValue = values.role ?? input.roles.find((role) => role.label === requested.signer.role)?.id;
  const forms =
    input.state === 'open'
      ? html`<section class="section" aria-labelledby="sign-title">
<h2 class="heading-m" id="sign-title">Sign it off</h2>
<form method="post" action="${base}/sign" novalidate>
  ${csrfField(input.csrf)}
  ${textField({ id: 'name', label: 'Your name', value: values.name ?? requested.signer.name, autocomplete: 'name', ...(errors.name ? { error: errors.name } : {}) })}
  ${radiosField({ id: 'role', legend: 'Your role', options: roleOptions(input.roles), ...(roleValue ? { value: roleValue } : {}), ...(errors.role ? { error: errors.role } : {}) })}
  ${checkboxField({ id: 'confirm', label: `I have read this return and sign it off on behalf of ${input.agencyName}`, checked: values.confirm === true, ...(errors.confirm ? { error: errors.confirm } : {}) })}
  <button class="button" type="submit">Sign off</button>
</form>
</section>
<section class="section" aria-labelledby="back-title">
<h2 class="heading-m" id="back-title">Or send it back</h2>
<form method="post" action="${base}/send-back" novalidate>
  ${csrfField(input.csrf)}
  ${textareaField({ id: 'comment', label: 'What needs to change', hint: 'The organisation sees this beside their return.', value: values.comment ?? '', ...(errors.comment ? { error: errors.comment } : {}) })}
  <button class="button button--secondary" type="submit">Send it back</button>
</form>
</section>`
      : '';
  return page({
    title: `${Object.keys(errors).length ? 'Error: ' : ''}Sign off: ${input.agencyName}`,
    scripts: ['/assets/cdn/s11kit.js'],
    body: html`${errorSummary(errors)}<span class="caption">${input.campaignTitle}</span>
<h1 class="heading-l">Sign off the return of ${input.agencyName}</h1>
<p>${requested.signer.name}, you were asked on ${when(requested.at)} to read this return and sign it off as ${requested.signer.role}, or send it back with a comment.</p>
${input.state === 'open' ? '' : html`<p class="notice">${STATE_TEXT[input.state]}</p>`}
<s11-audit readonly ${source} draft-url="${base}/draft" sector="${input.sector}">
  <p>Showing the return needs JavaScript. Turn it on in your browser, or use another browser, to read the answers before you sign.</p>
</s11-audit>
${forms}`,
  });
}

/** Any signer link that does not work (never existed, or its campaign closed). */
export function signerLinkNotFoundPage(): string {
  return page({
    title: 'This link does not work',
    body: html`<h1 class="heading-l">This link does not work</h1>
<p>The link may have been copied incompletely, or the audit it belongs to has closed. Ask the organisation that sent it for a new one.</p>`,
  });
}
