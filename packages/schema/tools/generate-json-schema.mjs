// Build step: write the JSON Schema files from the zod models, then TypeScript declarations from
// those files for consumers who only have JSON. Runs after `tsc -b` (it reads dist/).
import { mkdir, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';
import { jsonSchemas } from '../dist/json-schema/generate.js';

const root = new URL('../', import.meta.url);
const schemaDir = new URL('json-schema/', root);
const typesDir = new URL('types/', root);
await mkdir(schemaDir, { recursive: true });
await mkdir(typesDir, { recursive: true });

const banner = '/* Generated from the JSON Schema files by json-schema-to-typescript. Do not edit. */';
const index = [banner];
for (const [file, schema] of Object.entries(jsonSchemas())) {
  await writeFile(new URL(file, schemaDir), JSON.stringify(schema, null, 2) + '\n');
  const base = file.replace('.schema.json', '');
  const ts = await compile(schema, schema.title, {
    bannerComment: banner,
    additionalProperties: false,
    unreachableDefinitions: false,
    ignoreMinAndMaxItems: true,
    style: { singleQuote: true },
  });
  await writeFile(new URL(`${base}.d.ts`, typesDir), ts);
  index.push(`export type * from './${base}.js';`);
}
await writeFile(new URL('index.d.ts', typesDir), index.join('\n') + '\n');
console.log('schema: wrote json-schema/ and types/');
