import type { Issue } from '../../issues/issue.js';
import { peek } from '../../issues/peek.js';
import { quote } from '../../issues/text.js';
import { useInstead } from '../allowed-values.js';
import { isCalendarDate } from '../../dates.js';
import { dateEntryProblem } from '../../date-entry.js';
import { isBlank, issue, type ReturnContext } from './context.js';

// Deliberately loose: one @, something either side, a dot in the domain. Real checking is a
// confirmation email, not a regular expression.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMAIL_HINT = 'in the correct format, like name@example.com';

/** Who is answering, for which sector and partnerships. */
export function organisationRule({ framework, index, value, mode }: ReturnContext, out: Issue[]): void {
  const { organisation, respondent } = value;
  const submit = mode === 'submit';

  if (submit && isBlank(organisation.name)) out.push(issue(['organisation', 'name'], 'organisation_name_required', 'Enter your organisation’s name'));

  if (organisation.sector === '') {
    if (submit) out.push(issue(['organisation', 'sector'], 'sector_required', 'Select your organisation’s sector'));
  } else if (!index.sectors.has(organisation.sector)) {
    out.push(
      issue(
        ['organisation', 'sector'],
        'unknown_sector',
        `Select your organisation’s sector from the list: ${quote(organisation.sector)} is not a sector of ${framework.title}; ${useInstead(organisation.sector, framework.sectors)}`,
      ),
    );
  }

  if (submit && organisation.partnerships.length === 0)
    out.push(issue(['organisation', 'partnerships'], 'partnership_required', 'Select at least one partnership that this return is for'));
  for (let i = 0; i < organisation.partnerships.length; i++) {
    const id = organisation.partnerships[i]!;
    if (!index.partnerships.has(id))
      out.push(
        issue(
          ['organisation', 'partnerships', i],
          'unknown_partnership',
          `${quote(id)} is not a partnership that uses ${framework.title}: ${useInstead(
            id,
            framework.partnerships.map((p) => ({ id: p.id, label: p.name })),
          )}`,
        ),
      );
  }

  if (submit && isBlank(respondent.name)) out.push(issue(['respondent', 'name'], 'respondent_name_required', 'Enter your name'));
  if (submit && isBlank(respondent.email)) out.push(issue(['respondent', 'email'], 'respondent_email_required', 'Enter your email address'));
  else if (submit && !EMAIL.test(respondent.email.trim())) out.push(issue(['respondent', 'email'], 'respondent_email_invalid', `Enter your email address ${EMAIL_HINT}`));
}

/** The framework's cover sheet: required answers present, emails and dates well formed, nothing extra. */
export function coverRule({ framework, index, value, raw, mode }: ReturnContext, out: Issue[]): void {
  // Read keys from the raw input: zod leaves "__proto__" out of its output, and a key that
  // vanished silently would be data lost without a word.
  const rawCover = peek(raw, ['cover']);
  const keys = rawCover && typeof rawCover === 'object' ? Object.keys(rawCover) : [];
  for (const key of keys) {
    if (!index.coverFields.has(key))
      out.push(
        issue(['cover', key], 'unknown_cover_field', `The cover sheet has an answer for ${quote(key)}, which ${framework.title} does not ask for: remove it or correct its name`),
      );
  }
  if (mode !== 'submit') return;
  for (const field of framework.coverSheet) {
    const answer = Object.prototype.hasOwnProperty.call(value.cover, field.id) ? value.cover[field.id]! : '';
    const path = ['cover', field.id];
    if (isBlank(answer)) {
      if (field.required) out.push(issue(path, 'cover_field_required', `Enter an answer for “${field.label}” on the cover sheet`));
    } else if (field.type === 'email' && !EMAIL.test(answer.trim())) {
      out.push(issue(path, 'cover_field_invalid', `Enter “${field.label}” ${EMAIL_HINT}`));
    } else if (field.type === 'date' && !isCalendarDate(answer.trim())) {
      out.push(issue(path, 'cover_field_invalid', `“${field.label}” ${dateEntryProblem(answer.trim()) ?? 'must be a real date'}`));
    }
  }
}
