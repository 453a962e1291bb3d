import { readdirSync, readFileSync } from 'node:fs';
import type { AuditReturn } from '@s11kit/schema';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const frameworksRoot = require.resolve('@s11kit/frameworks/package.json').replace(/package\.json$/, '');

export interface Sample {
  readonly framework: string;
  readonly name: string;
  readonly path: string;
  readonly data: unknown;
}

/** Every sample return shipped with @s11kit/frameworks. */
export function samples(): Sample[] {
  const dir = `${frameworksRoot}samples/`;
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(dir + entry.name)
        .filter((file) => file.endsWith('.json'))
        .map((file) => {
          const path = `${dir}${entry.name}/${file}`;
          return { framework: entry.name, name: file.replace(/\.json$/, ''), path, data: JSON.parse(readFileSync(path, 'utf8')) };
        }),
    );
}

/** The raw JSON of a built-in framework file. */
export const frameworkJson = (id: string): Record<string, any> => JSON.parse(readFileSync(`${frameworksRoot}data/${id}.json`, 'utf8'));

/** A sample return shipped with @s11kit/frameworks, parsed afresh on every call (tests may change it). */
export const sampleReturn = (framework: string, name: string): AuditReturn => JSON.parse(readFileSync(`${frameworksRoot}samples/${framework}/${name}.json`, 'utf8'));
