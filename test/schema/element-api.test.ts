import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

// The custom-elements manifest is what Storybook, IDEs and integrators read as each element's
// API. It lists the public members the analyser finds, so anything internal that leaks onto the
// element (the audit's host API for its pages, inherited field properties it never reads) shows up
// here first.
interface Member {
  readonly kind: string;
  readonly name: string;
  readonly privacy?: string;
  readonly static?: boolean;
  readonly type?: { readonly text: string };
}
interface Declaration {
  readonly tagName?: string;
  readonly members?: readonly Member[];
  readonly attributes?: readonly { readonly name: string }[];
}

const manifest = JSON.parse(readFileSync(new URL('../../packages/components/custom-elements.json', import.meta.url), 'utf8')) as {
  modules: { declarations?: Declaration[] }[];
};
const element = (tag: string): Declaration => {
  const found = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
  assert.ok(found, `${tag} is in custom-elements.json`);
  return found;
};
const publicMembers = (d: Declaration) => (d.members ?? []).filter((m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected' && !m.name.startsWith('_'));

describe('the public API in custom-elements.json', () => {
  it('<s11-audit> lists only what integrators may use: no page plumbing, no label, hint or required', () => {
    const audit = element('s11-audit');
    const names = publicMembers(audit).map((m) => m.name);
    for (const internal of ['draft', 'change', 'setResponse', 'go', 'host', 'label', 'hint', 'required']) {
      assert.ok(!names.includes(internal), `<s11-audit> does not expose ${internal} (it has: ${names.join(', ')})`);
    }
    const attributes = (audit.attributes ?? []).map((a) => a.name);
    for (const unread of ['label', 'hint', 'required']) assert.ok(!attributes.includes(unread), `<s11-audit> has no ${unread} attribute it would ignore`);
    for (const wanted of ['framework', 'value', 'submit', 'checkValidity', 'reportValidity', 'name', 'disabled', 'strings']) {
      assert.ok(names.includes(wanted), `<s11-audit> still offers ${wanted}`);
    }
  });

  it('<s11-audit> types framework and value as undefined until they are loaded', () => {
    const members = publicMembers(element('s11-audit'));
    for (const name of ['framework', 'value']) {
      const type = members.find((m) => m.name === name)?.type?.text ?? '';
      assert.match(type, /\| undefined|undefined \|/, `${name} is typed "${type}"`);
    }
  });

  it('the question elements keep their label, hint and required', () => {
    for (const tag of ['s11-rater', 's11-evidence', 's11-action-row', 's11-action-plan', 's11-action-tracker']) {
      const names = publicMembers(element(tag)).map((m) => m.name);
      for (const wanted of ['label', 'hint', 'required', 'name', 'error']) assert.ok(names.includes(wanted), `${tag} has ${wanted}`);
    }
  });
});
