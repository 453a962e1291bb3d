// Entry of the CDN bundle (`<script type="module" src=".../s11kit.js">`): registers every element
// and exports the classes for pages that want them.
import './define.js';

export * from './index.js';
