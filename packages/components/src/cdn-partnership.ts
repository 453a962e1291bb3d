// Entry of the CDN bundle for partnership pages (`<script type="module" src=".../s11kit-partnership.js">`):
// registers <s11-summary> and <s11-action-tracker>. It stands alone: a page may load it with or
// without the audit's bundle.
import './summary/s11-summary.js';
import './action-tracker/s11-action-tracker.js';

export { S11Summary } from './summary/summary.js';
export { S11ActionTracker } from './action-tracker/action-tracker.js';
export { defaultStrings } from './strings.js';
