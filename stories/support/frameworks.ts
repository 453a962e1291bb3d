import { loadFramework } from '@s11kit/frameworks';
import type { AuditReturn, Framework } from '@s11kit/schema';

/** A Storybook loader that puts a built-in framework in `loaded.framework`. */
export const withFramework = (id: string) => async () => ({ framework: await loadFramework(id) });

/** The framework a story's loader put in `loaded`. */
export const frameworkOf = (loaded: Record<string, unknown>) => loaded.framework as Framework;

/** A sample return shipped with @s11kit/frameworks, as it is in the file (a fresh copy). */
export async function sampleReturn(framework: string, name: string): Promise<AuditReturn> {
  const samples = import.meta.glob<AuditReturn>('../../packages/frameworks/samples/*/*.json', { import: 'default' });
  const load = samples[`../../packages/frameworks/samples/${framework}/${name}.json`];
  if (!load) throw new Error(`no sample ${framework}/${name}`);
  return structuredClone(await load());
}

/** A sample return shipped with @s11kit/frameworks, as a draft. */
export async function sampleDraft(framework: string, name: string): Promise<AuditReturn> {
  return { ...(await sampleReturn(framework, name)), status: 'draft', submittedAt: null };
}

/** Wait for an element to finish its first render(s). */
export async function settled(el: Element | null): Promise<void> {
  await (el as { updateComplete?: Promise<unknown> } | null)?.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

export const LONG_TEXT =
  'We carried out a full review of our safeguarding arrangements with every team manager, including a dip sample of forty case files, a survey of all staff and volunteers, and two focus groups with young people who use our services. '.repeat(
    4,
  );
