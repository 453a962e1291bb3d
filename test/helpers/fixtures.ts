import { bragScale, createReturn, parseFramework, type AuditReturn, type Framework } from '@s11kit/schema';

/** A small framework that exercises every rule: a sector-limited standard, sector wording, a cover sheet. */
export const testFrameworkData = {
  id: 'test-tool',
  version: '2026.1',
  title: 'Test tool',
  summary: 'A small framework for tests.',
  partnerships: [
    { id: 'north', name: 'North Partnership' },
    { id: 'south', name: 'South Partnership' },
  ],
  scale: bragScale,
  sectors: [
    { id: 'statutory', label: 'Statutory agencies' },
    { id: 'education', label: 'Education settings' },
  ],
  standards: [
    {
      id: 'leadership',
      number: 1,
      title: 'Leadership',
      rationale: 'Leaders own safeguarding.',
      expectations: ['A named senior lead'],
      evidencePrompts: ['Board minutes'],
      variants: [{ sector: 'education', title: 'Leadership and governance' }],
    },
    {
      id: 'safe-recruitment',
      number: 2,
      title: 'Safe recruitment',
      rationale: 'Only suitable people work with children.',
      expectations: ['Checks before starting'],
      evidencePrompts: ['Recruitment audit'],
    },
    {
      id: 'contracting',
      number: 3,
      title: 'Contracting',
      rationale: 'Commissioned services safeguard too.',
      expectations: ['Safeguarding clauses in contracts'],
      evidencePrompts: ['A sample contract'],
      sectors: ['statutory'],
    },
  ],
  coverSheet: [
    { id: 'senior-lead', label: 'Senior lead', type: 'text', required: true },
    { id: 'lead-email', label: 'Senior lead email', type: 'email', required: true },
    { id: 'date-completed', label: 'Date completed', type: 'date', required: false },
  ],
  cycle: { lengthYears: 2, yearTwo: 'action-plan-tracking' },
  evidenceMaxLength: 500,
};

export function testFramework(): Framework {
  const parsed = parseFramework(structuredClone(testFrameworkData));
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.message).join('\n'));
  return parsed.value;
}

/** "Now" in tests: 1 May 2026, midday in London. */
export const NOW = '2026-05-01T11:00:00Z';

/** A complete return for the test framework that passes submit-mode validation at NOW. */
export function validReturn(framework = testFramework()): AuditReturn {
  const ret = createReturn(framework, { organisation: 'Example Trust', sector: 'statutory', partnerships: ['north'], now: NOW });
  ret.respondent = { name: 'A Respondent', role: 'Safeguarding lead', email: 'lead@example.org' };
  ret.cover = { 'senior-lead': 'Chief executive', 'lead-email': 'ceo@example.org', 'date-completed': '2026-04-30' };
  const [leadership, recruitment, contracting] = ret.responses;
  Object.assign(leadership!, { rating: 'green', evidence: 'Board minutes show safeguarding at every meeting.' });
  Object.assign(recruitment!, {
    rating: 'amber',
    evidence: 'Checks are done but not always recorded.',
    actions: [{ id: 'a1', action: 'Audit 20 files a quarter', lead: 'Head of HR', due: '2026-09-30', status: 'not-started', notes: '' }],
  });
  Object.assign(contracting!, { rating: 'not-applicable', explanation: 'We commission no services.' });
  ret.status = 'submitted';
  ret.submittedAt = NOW;
  return ret;
}
