import type { Issue } from '../../issues/issue.js';
import { quote } from '../../issues/text.js';
import { issue, type ReturnContext } from './context.js';

/** The return must belong to this framework and version; a mismatch is reported, never repaired. */
export function identityRule({ framework, value }: ReturnContext, out: Issue[]): void {
  const { id, version } = value.framework;
  if (id !== framework.id) {
    out.push(
      issue(
        ['framework', 'id'],
        'framework_mismatch',
        `This return was made with the framework ${quote(id)}, not ${quote(framework.id)} (${framework.title}): check it against the framework it was made with`,
      ),
    );
  } else if (version !== framework.version) {
    out.push(
      issue(
        ['framework', 'version'],
        'framework_version_mismatch',
        `This return was made with version ${quote(version)} of ${framework.title}, but this is version ${quote(framework.version)}: check it against version ${quote(version)}, or move its answers to the new version first`,
      ),
    );
  }
}
