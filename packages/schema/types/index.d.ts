/* Generated from the JSON Schema files by json-schema-to-typescript. Do not edit. */
export type * from './framework.js';
export type * from './audit-return.js';
