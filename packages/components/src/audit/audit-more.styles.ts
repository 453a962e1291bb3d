import { css } from 'lit';
import { bannerStyles } from '../styles/banner.js';
import { buttonStyles } from '../styles/button.js';
import { detailsStyles } from '../styles/details.js';
import { choiceStyles, formStyles } from '../styles/form.js';
import { summaryListStyles } from '../styles/summary-list.js';
import { toneStyles } from '../styles/tone.js';
import { links, tokens } from '../styles/tokens.js';
import { pageStyles } from './audit.styles.js';

/** "Check your answers": the marks and warning beside an answer, a standard's items; each identifier. */
const answerStyles = css`
  .identifier {
    margin: 0 0 var(--_space-4);
    padding-left: var(--_space-3);
    border-left: 4px solid var(--_border);
  }
  .answer-marks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-top: var(--_space-2);
  }
  .answer-warning {
    display: block;
    margin-top: var(--_space-2);
    padding-left: var(--_space-3);
    border-left: 5px solid var(--_text);
    font-weight: 700;
  }
  .answer-items {
    margin: 0;
  }
  .answer-items__title {
    margin-right: var(--_space-2);
  }
`;

/**
 * Every sheet of the audit's pages, in the order that decides the cascade: `auditStyles` (what the
 * task list needs) with the other pages' sheets in their places. Adopted once this chunk arrives.
 */
export const auditPageStyles = [tokens, links, formStyles, choiceStyles, buttonStyles, detailsStyles, toneStyles, bannerStyles, summaryListStyles, pageStyles, answerStyles];
