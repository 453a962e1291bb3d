import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { Output } from '../output.js';
import { EXIT, UsageError } from '../usage-error.js';

/** The JSON Schema files @s11kit/schema ships, generated from its zod models when it was built. */
async function shippedSchemas(): Promise<string[]> {
  const folder = join(dirname(createRequire(import.meta.url).resolve('@s11kit/schema/package.json')), 'json-schema');
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (cause) {
    throw new UsageError(`cannot read the JSON Schema files of @s11kit/schema in ${folder}: ${(cause as Error).message}`);
  }
  return names
    .filter((name) => name.endsWith('.schema.json'))
    .sort()
    .map((name) => join(folder, name));
}

/** `s11 schema --out <dir>`: write the JSON Schema files for frameworks, returns and mappings. */
export async function schemaCommand(args: { out?: string }, out: Output): Promise<number> {
  if (!args.out) throw new UsageError('schema needs a folder to write to: s11 schema --out <dir>');
  const files = await shippedSchemas();
  try {
    await mkdir(args.out, { recursive: true });
    for (const file of files) {
      const path = join(args.out, basename(file));
      await copyFile(file, path);
      out.stdout(path);
    }
  } catch (cause) {
    throw new UsageError(`cannot write to ${args.out}: ${(cause as Error).message}`);
  }
  return EXIT.ok;
}
