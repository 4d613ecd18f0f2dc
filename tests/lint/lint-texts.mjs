// Lints [{filePath, code}] from stdin with the project's ESLint config in one
// process (jest cannot load the ESM config itself); prints the messages as JSON.
import { ESLint } from 'eslint';

const input = JSON.parse(
  await new Promise((resolve) => {
    let data = '';
    process.stdin.on('data', (c) => (data += c)).on('end', () => resolve(data));
  }),
);
const eslint = new ESLint();
const out = [];
for (const { filePath, code } of input) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push(result.messages.map((m) => m.message).join('\n'));
}
process.stdout.write(JSON.stringify(out));
