// Every message in extension/_locales/en is used, and every key the code names exists.
// Keys built at run time are matched by their stem (the list below), so a new
// stem must be added here on purpose.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MESSAGES = Object.keys(
  JSON.parse(readFileSync('extension/_locales/en/messages.json', 'utf8')) as Record<
    string,
    unknown
  >,
);

/** Stems of keys the code builds from a value: `optionsNav${section}` and the like. */
const BUILT_STEMS = [
  'optionsNav',
  'optionsPalette',
  'optionsCardSize',
  'optionsUnderline',
  'welcomeWhat',
  'welcomePerm',
];

const SOURCES = execFileSync(
  'git',
  ['ls-files', '--cached', '--others', '--exclude-standard', 'src', 'extension', 'manifest.json'],
  { encoding: 'utf8' },
)
  .split('\n')
  .filter((f) => /\.(tsx?|html|json)$/.test(f) && !f.includes('_locales'));
const CODE = SOURCES.map((f) => readFileSync(f, 'utf8')).join('\n');

test('every message is named somewhere, or built from a listed stem', () => {
  const unused = MESSAGES.filter(
    (key) => !CODE.includes(key) && !BUILT_STEMS.some((stem) => key.startsWith(stem)),
  );
  expect(unused).toEqual([]);
});

test("every t('key') and __MSG_key__ names a message", () => {
  const named = [...CODE.matchAll(/\bt\('([A-Za-z0-9_]+)'|__MSG_([A-Za-z0-9_]+)__/g)].map(
    (m) => m[1] ?? m[2],
  );
  expect(named.length).toBeGreaterThan(100);
  expect([...new Set(named)].filter((key) => !MESSAGES.includes(key))).toEqual([]);
});
