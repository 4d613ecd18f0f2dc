// importJson, the one path both JSON imports (packs, learned chapters) take:
// refused on size before reading, on syntax before sending, with the
// background's reason (its prefix dropped) when it refuses.

import { importJson, type JsonImport } from '../../../src/options/import-json';
import { readText } from './read-text';

const t = (key: string, subs: string[] = []) => [key, ...subs].join(' ');
const KIND: JsonImport = {
  limit: 100,
  refused: 'refused',
  tooLarge: 'tooLarge',
  notJson: 'notJson',
  reasonPrefix: /^refused:\s*(the file:\s*)?/,
};

function fileOf(text: string, size = text.length): File {
  const file = new File([text], 'in.json');
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

const answer = (text: string) => async () => text;
const fail = (message: string) => async () => {
  throw new Error(message);
};

test.each<[string, File, () => Promise<string>, string, number, number]>([
  [
    'imported: the notice is what send answers',
    fileOf('{"a":1}'),
    answer('done'),
    'ok: done',
    1,
    1,
  ],
  ['exactly the limit: read and sent', fileOf('{}', 100), answer('done'), 'ok: done', 1, 1],
  [
    'one byte over the limit: refused, never read',
    fileOf('{}', 101),
    answer('never'),
    'error: refused in.json tooLarge 0.1 0.1',
    0,
    0,
  ],
  ['not JSON: never sent', fileOf('not json'), answer('never'), 'error: notJson in.json', 1, 0],
  [
    'refused by the background: its reason, without the prefix',
    fileOf('{}'),
    fail('refused: the file: wrong format'),
    'error: refused in.json wrong format',
    1,
    1,
  ],
  [
    'any other failure: its message',
    fileOf('{}'),
    fail('the database is closed'),
    'error: refused in.json the database is closed',
    1,
    1,
  ],
])('%s', async (_what, file, send, outcome, reads, sends) => {
  const read = jest.fn(readText);
  const sent = jest.fn(send);
  const notice = await importJson(file, read, t, KIND, sent);
  expect(`${notice.kind}: ${notice.text}`).toBe(outcome);
  expect(read).toHaveBeenCalledTimes(reads);
  expect(sent).toHaveBeenCalledTimes(sends);
});

test('an unreadable file reads as not JSON', async () => {
  const notice = await importJson(fileOf('{}'), fail('unreadable'), t, KIND, answer('never'));
  expect(notice).toEqual({ kind: 'error', text: 'notJson in.json' });
});
