import type { Framework, SignOffRole } from '../models/framework.js';

/** The roles that may sign off a return of this sector, in framework order; none when the framework has no sign-off. */
export function signOffRoles(framework: Framework, sector: string): SignOffRole[] {
  return (framework.signOff?.roles ?? []).filter((role) => !role.sectors || role.sectors.includes(sector));
}

/** Whether a return of this sector must be signed off before it is sent. */
export const signOffRequired = (framework: Framework, sector: string): boolean => framework.signOff?.required === true && signOffRoles(framework, sector).length > 0;
