// The welcome page explains every permission each browser's manifest asks
// for, with words in messages.json for each; the History's links are links
// to the Marxists Internet Archive only.

import { readFileSync } from 'node:fs';
import {
  EXPLAINED_PERMISSIONS,
  HISTORY_LINKS,
  permissionItems,
} from '../../../src/ui/welcome/model';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
const messages: Record<string, { message: string }> = JSON.parse(
  readFileSync('extension/_locales/en/messages.json', 'utf8'),
);
/** scripts/build.mjs adds sidePanel to Chrome's manifest only. */
const perBrowser = {
  chrome: [...manifest.permissions, 'sidePanel'],
  firefox: manifest.permissions as string[],
};

test.each(Object.entries(perBrowser))(
  "%s: each permission is explained, in the manifest's order",
  (_browser, permissions) => {
    const items = permissionItems({
      permissions,
      optionalHosts: manifest.optional_host_permissions,
    });
    expect(items.map((i) => i.id)).toEqual(['sites', ...permissions, 'optional-hosts']);
    for (const i of items) {
      expect(messages[i.titleKey]?.message).toBeTruthy();
      expect(messages[i.whyKey]?.message).toBeTruthy();
    }
  },
);

test('the page has words for every permission it may be asked about', () => {
  expect([...EXPLAINED_PERMISSIONS].sort()).toEqual([...perBrowser.chrome].sort());
});

test('a permission without words is refused (the page would otherwise hide it)', () => {
  expect(() => permissionItems({ permissions: ['storage', 'tabs'], optionalHosts: [] })).toThrow(
    /tabs/,
  );
});

test('the History is linked on marxists.org, over https, with words for each link', () => {
  for (const l of HISTORY_LINKS) {
    expect(l.href).toMatch(/^https:\/\/www\.marxists\.org\/archive\/trotsky\/1930\/hrr\//);
    expect(messages[l.key]?.message).toBeTruthy();
  }
});

test('every welcome string is used by the page', () => {
  const code = [
    'src/ui/welcome/WelcomeView.tsx',
    'src/ui/welcome/model.ts',
    'src/welcome/app.tsx',
    'src/welcome/index.tsx',
  ]
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const dynamic = /welcomePerm|welcomeWhat/;
  const unused = Object.keys(messages).filter(
    (k) => k.startsWith('welcome') && !code.includes(k) && !dynamic.test(k),
  );
  expect(unused).toEqual([]);
});
