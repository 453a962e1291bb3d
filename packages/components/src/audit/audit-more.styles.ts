import { bannerStyles } from '../styles/banner.js';
import { buttonStyles } from '../styles/button.js';
import { detailsStyles } from '../styles/details.js';
import { choiceStyles, formStyles } from '../styles/form.js';
import { summaryListStyles } from '../styles/summary-list.js';
import { toneStyles } from '../styles/tone.js';
import { links, tokens } from '../styles/tokens.js';
import { pageStyles } from './audit.styles.js';

/**
 * Every sheet of the audit's pages, in the order that decides the cascade: `auditStyles` (what the
 * task list needs) with the other pages' sheets in their places. Adopted once this chunk arrives.
 */
export const auditPageStyles = [tokens, links, formStyles, choiceStyles, buttonStyles, detailsStyles, toneStyles, bannerStyles, summaryListStyles, pageStyles];
