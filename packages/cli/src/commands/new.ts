import { createReturn } from '@s11kit/schema';
import { loadFrameworkRef } from '../load-framework.js';
import type { Output } from '../output.js';
import { EXIT, UsageError } from '../usage-error.js';

export interface NewArgs {
  framework: string;
  sector?: string;
  organisation?: string;
}

/** `s11 new --framework <id>`: print an empty draft return. */
export async function newCommand(args: NewArgs, out: Output): Promise<number> {
  const framework = await loadFrameworkRef(args.framework);
  if (args.sector && !framework.sectors.some((sector) => sector.id === args.sector))
    throw new UsageError(`unknown sector "${args.sector}" for ${framework.id}: use one of ${framework.sectors.map((s) => s.id).join(', ')}`);
  const draft = createReturn(framework, {
    ...(args.sector ? { sector: args.sector } : {}),
    ...(args.organisation ? { organisation: args.organisation } : {}),
  });
  out.stdout(JSON.stringify(draft, null, 2));
  return EXIT.ok;
}
