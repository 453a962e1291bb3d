import type { Issue } from '../../issues/issue.js';
import { listOr, quote } from '../../issues/text.js';
import { issue, type ReturnContext } from './context.js';

/**
 * Staff survey results: only for a framework that has a survey, one count per question it asks,
 * and never more answers to a question than staff who answered the survey.
 */
export function surveyRule({ framework, index, value }: ReturnContext, out: Issue[]): void {
  const survey = value.staffSurvey;
  if (!survey) return;
  if (!framework.staffSurvey) {
    out.push(issue(['staffSurvey'], 'survey_not_in_framework', `${framework.title} has no staff survey: remove the staff survey results from the return`));
    return;
  }
  const seen = new Map<string, number>();
  for (const [k, answer] of survey.answers.entries()) {
    const at = ['staffSurvey', 'answers', k];
    const standards = index.questions.get(answer.questionId);
    if (!standards) {
      out.push(
        issue(
          [...at, 'questionId'],
          'unknown_survey_question',
          `Survey answer ${k + 1} is for a question ${quote(answer.questionId)} that ${framework.staffSurvey.title} does not ask: use ${listOr([...index.questions.keys()].map((id) => quote(id)))}`,
        ),
      );
      continue;
    }
    const first = seen.get(answer.questionId);
    if (first !== undefined) {
      out.push(issue(at, 'duplicate_survey_answer', `Survey answers ${first + 1} and ${k + 1} are both for the question ${quote(answer.questionId)}: keep one`));
      continue;
    }
    seen.set(answer.questionId, k);
    const total = answer.agree + answer.disagree + answer.notSure;
    if (total > survey.respondents)
      out.push(
        issue(
          at,
          'survey_counts_invalid',
          `The answers to the survey question ${quote(answer.questionId)} add up to ${total}, more than the ${survey.respondents} staff who answered the survey: correct the counts`,
        ),
      );
  }
}
