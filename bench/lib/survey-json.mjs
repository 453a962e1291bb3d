// The SurveyJS equivalent of the 12 <s11-standard-card>s, built from the same framework JSON: one
// panel a standard (title, rationale, expectations), a required radio group of the scale's levels
// with their descriptions, a comment box for evidence with the prompts and the framework's length
// limit, and a dynamic panel of actions (what, lead, due date). The framework's cross-field rules
// (a level that needs an action...) are not encoded: SurveyJS gets the easier job.
const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export function surveyJson(framework) {
  const levels = framework.scale.levels;
  return {
    title: framework.title,
    pages: [
      {
        name: 'standards',
        elements: framework.standards.map((s) => ({
          type: 'panel',
          name: s.id,
          title: `Standard ${s.number}: ${s.title}`,
          description: s.rationale,
          elements: [
            { type: 'html', name: `${s.id}-expectations`, html: `<h3>What good looks like</h3><ul>${s.expectations.map((e) => `<li>${escape(e)}</li>`).join('')}</ul>` },
            {
              type: 'radiogroup',
              name: `${s.id}-rating`,
              title: 'How well do you meet this standard?',
              isRequired: true,
              choices: levels.map((l) => ({ value: l.id, text: `${l.label}: ${l.description}` })),
            },
            {
              type: 'comment',
              name: `${s.id}-evidence`,
              title: 'Evidence of impact',
              description: `What evidence could you give? ${s.evidencePrompts.join(' ')}`,
              maxLength: framework.evidenceMaxLength,
              rows: 6,
            },
            {
              type: 'paneldynamic',
              name: `${s.id}-actions`,
              title: 'Action plan',
              description: 'Add an action for each thing you will do to meet the standard in full.',
              panelCount: 0,
              panelAddText: 'Add an action',
              templateElements: [
                { type: 'text', name: 'action', title: 'What will be done', isRequired: true },
                { type: 'text', name: 'lead', title: 'Lead', isRequired: true },
                { type: 'text', name: 'due', title: 'Due date', inputType: 'date', isRequired: true },
              ],
            },
          ],
        })),
      },
    ],
  };
}
