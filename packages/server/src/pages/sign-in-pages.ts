import { html } from './html.js';
import { page } from './layout.js';
import { csrfField, errorSummary, textField } from './form.js';
import { MIN_PASSWORD_LENGTH } from '../security/passwords.js';

export function signInPage(input: { csrf: string; next: string; email?: string; errors?: Record<string, string> }): string {
  const errors = input.errors ?? {};
  return page({
    title: `${Object.keys(errors).length ? 'Error: ' : ''}Sign in`,
    body: html`${errorSummary(errors)}
<h1 class="heading-l">Sign in</h1>
<p>For staff of a safeguarding children partnership. Agencies do not need an account: use the link the partnership sent you.</p>
<form method="post" action="/sign-in" novalidate>
  ${csrfField(input.csrf)}
  <input type="hidden" name="next" value="${input.next}">
  ${textField({ id: 'email', label: 'Email address', type: 'email', value: input.email ?? '', autocomplete: 'username', ...(errors.email ? { error: errors.email } : {}) })}
  ${textField({ id: 'password', label: 'Password', type: 'password', autocomplete: 'current-password', ...(errors.password ? { error: errors.password } : {}) })}
  <button class="button" type="submit">Sign in</button>
</form>`,
  });
}

export function setPasswordPage(input: { expired: true } | { csrf: string; token: string; email: string; error?: string }): string {
  if ('expired' in input)
    return page({
      title: 'This link does not work',
      body: html`<h1 class="heading-l">This link does not work</h1>
<p>A link to set a password works once, for 7 days. Ask an administrator of your partnership for a new one.</p>`,
    });
  return page({
    title: `${input.error ? 'Error: ' : ''}Set your password`,
    body: html`${input.error ? errorSummary({ password: input.error }) : ''}
<h1 class="heading-l">Set your password</h1>
<p>For ${input.email}. Use at least ${MIN_PASSWORD_LENGTH} characters; a few unrelated words are easy to remember and hard to guess.</p>
<form method="post" action="/set-password/${input.token}" novalidate>
  ${csrfField(input.csrf)}
  <input type="hidden" name="username" value="${input.email}" autocomplete="username">
  ${textField({ id: 'password', label: 'New password', type: 'password', autocomplete: 'new-password', ...(input.error ? { error: input.error } : {}) })}
  ${textField({ id: 'confirm', label: 'New password again', type: 'password', autocomplete: 'new-password' })}
  <button class="button" type="submit">Set password</button>
</form>`,
  });
}
