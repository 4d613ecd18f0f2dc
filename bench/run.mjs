// `npm run bench`: the engine benchmark (bench/engine.ts, in Node) and then
// the browser section (bench/browser.mjs, the built extension in
// Chromium), then the page-cost section (bench/page-cost.mjs: a 10 MB
// page bare and with the extension), then the PDF section (bench/pdf.mjs: a
// 1,000-page PDF in the viewer). Each streams its output as it runs:
// Markdown on stdout, progress on stderr. Arguments go to the engine benchmark
// (--quick, --seed=N, --reps=N); --quick also goes to the two browser sections
// (fewer page loads).
// Each section runs even when an earlier one missed a target;
// the exit code is the first non-zero one of the three.
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);

function run(argv) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, argv, { stdio: 'inherit' });
    child.on('error', (e) => {
      process.stderr.write(`bench: cannot start ${argv.join(' ')}: ${e.message}\n`);
      resolve(2);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const engine = await run(['--expose-gc', 'scripts/run.mjs', 'bench/engine.ts', ...args]);
process.stdout.write('\n');
const browser = await run(['bench/browser.mjs', ...args.filter((a) => a === '--quick')]);
process.stdout.write('\n');
const pageCost = await run(['bench/page-cost.mjs', ...args.filter((a) => a === '--quick')]);
process.stdout.write('\n');
const pdf = await run(['bench/pdf.mjs', ...args.filter((a) => a === '--quick')]);
if (engine !== 0) process.stderr.write(`bench: the engine benchmark exited with ${engine}\n`);
if (browser !== 0) process.stderr.write(`bench: the browser section exited with ${browser}\n`);
if (pageCost !== 0) process.stderr.write(`bench: the page-cost section exited with ${pageCost}\n`);
if (pdf !== 0) process.stderr.write(`bench: the PDF section exited with ${pdf}\n`);
process.exitCode = engine || browser || pageCost || pdf;
