// The Maven build's front-end step: `npm ci` when package-lock.json changed since the last install, then
// `vite build` when any input changed since the last build (or its output is gone). An unchanged tree costs about
// a second, so `mvn spring-boot:run` and `mvn test` do not reinstall and rebuild every time.
// `node scripts/build.mjs --force` installs and builds regardless.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, '../../../target/classes/static');
const installStamp = join(root, 'node_modules', '.plan-lineage-install');
const buildStamp = resolve(root, '../../../target/frontend-build.sha256');
const inputs = ['package.json', 'package-lock.json', 'vite.config.js', 'explorer', 'graphiql', 'public', 'src'];
const force = process.argv.includes('--force');

/** Every file under the given paths, sorted, as paths relative to the front-end's root. */
function files(paths) {
  const found = [];
  const walk = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) readdirSync(path).forEach((name) => walk(join(path, name)));
    else found.push(relative(root, path).split('\\').join('/'));
  };
  paths.forEach((p) => walk(join(root, p)));
  return found.sort();
}

function hash(paths) {
  const digest = createHash('sha256');
  for (const file of paths) digest.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return digest.digest('hex');
}

const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8').trim() : null);

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  // npm is npm.cmd on Windows, which only a shell runs
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
    process.exit(result.status || 1);
  }
}

const lock = hash(['package-lock.json']);
if (force || read(installStamp) !== lock || !existsSync(join(root, 'node_modules', '.bin'))) {
  run('npm', ['ci', '--prefer-offline']);
  writeFileSync(installStamp, `${lock}\n`);
} else {
  console.log('node_modules matches package-lock.json: npm ci skipped');
}

const sources = hash(files(inputs));
if (force || read(buildStamp) !== sources || !existsSync(join(outDir, 'explorer', 'index.html'))) {
  run('npm', ['run', 'build']);
  mkdirSync(dirname(buildStamp), { recursive: true });
  writeFileSync(buildStamp, `${sources}\n`);
} else {
  console.log(`the front-end is unchanged since its last build (${relative(resolve(root, '../../..'), outDir)}): vite build skipped`);
}
