import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { jsonSchemas } from '../../json-schema/generate.js';
import type { Output } from '../output.js';
import { EXIT, UsageError } from '../usage-error.js';

/** `s11 schema --out <dir>`: write the JSON Schema files for frameworks, returns and mappings. */
export async function schemaCommand(args: { out?: string }, out: Output): Promise<number> {
  if (!args.out) throw new UsageError('schema needs a folder to write to: s11 schema --out <dir>');
  try {
    await mkdir(args.out, { recursive: true });
    for (const [file, schema] of Object.entries(jsonSchemas())) {
      const path = join(args.out, file);
      await writeFile(path, JSON.stringify(schema, null, 2) + '\n');
      out.stdout(path);
    }
  } catch (cause) {
    throw new UsageError(`cannot write to ${args.out}: ${(cause as Error).message}`);
  }
  return EXIT.ok;
}
