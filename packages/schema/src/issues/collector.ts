import type { Issue } from './issue.js';

/** Hostile input can hold a million mistakes; nobody reads past the first few hundred. */
export const MAX_ISSUES = 200;

/** Gathers issues up to a ceiling, then one closing issue that says how many more there were. */
export class IssueCollector {
  readonly issues: Issue[] = [];
  private _dropped = 0;

  add(issue: Issue): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push(issue);
    else this._dropped++;
  }

  addAll(issues: Iterable<Issue>): void {
    for (const issue of issues) this.add(issue);
  }

  get hasErrors(): boolean {
    return this._dropped > 0 || this.issues.some((issue) => issue.severity === 'error');
  }

  /** The issues, with a last one that counts any left out. */
  finish(): Issue[] {
    if (this._dropped === 0) return this.issues;
    return [
      ...this.issues,
      {
        path: [],
        code: 'too_many_issues',
        severity: 'error',
        message: `There are ${this._dropped} more problems not listed: fix the ones above and check again`,
      },
    ];
  }
}
