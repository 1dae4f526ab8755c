#!/usr/bin/env node
// Regenerates the .expected files of the conformance corpus from node's stdout.
//
//   TZ=UTC node tests/Oden.Conformance.Tests/tools/gen-expected.mjs [--check] [filter...]
//
// --check   compare instead of writing; exit 1 on any difference
// filter    only cases whose path (relative to cases/) contains one of the given substrings
//
// Conventions (see README.md):
//   * every cases/**/*.js is an entry, except inside cases/modules/<case>/ and cases/programs/<case>/
//     where only main.js is;
//   * a first line `// mode: script` runs the file as a classic script (vm.runInThisContext),
//     otherwise it runs as a CommonJS module (`node file.js`);
//   * the child's cwd is the case's folder; the expected file holds stdout only.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);

// Child mode: run one file as a classic script in this (clean ESM) process, so no
// CommonJS wrapper exists and `require`/`module` are not globals.
if (process.argv[2] === '--run-script') {
  const file = path.resolve(process.argv[3]);
  const source = fs.readFileSync(file, 'utf8');
  vm.runInThisContext(source, { filename: file });
  process.exit(0);
}

const casesDir = path.resolve(path.dirname(self), '..', 'cases');
const args = process.argv.slice(2);
const check = args.includes('--check');
const filters = args.filter(a => !a.startsWith('--'));

function isScriptMode(source) {
  const first = source.split(/\r?\n/, 1)[0].trim();
  return /^\/\/\s*mode:\s*script\s*$/.test(first);
}

function collect(dir, out) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) collect(p, out);
    else if (ent.name.endsWith('.js')) {
      const rel = path.relative(casesDir, p).split(path.sep);
      if (rel[0] === 'modules') {
        // cases/modules/<case>/main.js is the only entry of a module case
        if (rel.length === 3 && rel[2] === 'main.js') out.push(p);
      } else if (rel[0] === 'programs' && rel.length >= 3) {
        // cases/programs/<case>/main.js is the only entry of a multi-file program
        if (rel.length === 3 && rel[2] === 'main.js') out.push(p);
      } else out.push(p);
    }
  }
  return out;
}

const entries = collect(casesDir, []).filter(p =>
  filters.length === 0 || filters.some(f => path.relative(casesDir, p).includes(f)));

let problems = 0, written = 0, same = 0, diffs = 0;
for (const file of entries) {
  const rel = path.relative(casesDir, file);
  const source = fs.readFileSync(file, 'utf8');
  const script = isScriptMode(source);
  const argv = script ? [self, '--run-script', file] : [file];
  const r = spawnSync(process.execPath, argv, {
    cwd: path.dirname(file),
    env: { ...process.env, TZ: 'UTC', NODE_OPTIONS: '', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    timeout: 30000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const expectedPath = file.replace(/\.js$/, '.expected');
  if (r.error || r.status !== 0) {
    problems++;
    console.error(`FAIL ${rel}: exit ${r.status} ${r.signal || ''} ${r.error ? r.error.message : ''}`);
    if (r.stderr) console.error(r.stderr.split('\n').slice(0, 8).map(l => '    ' + l).join('\n'));
    continue;
  }
  const stderrAllowed = /console\.(error|warn|trace)\b/.test(source);
  if (r.stderr && !stderrAllowed) {
    problems++;
    console.error(`STDERR ${rel}:\n` + r.stderr.split('\n').slice(0, 8).map(l => '    ' + l).join('\n'));
  }
  if (r.stdout === '') console.error(`WARN ${rel}: empty stdout`);
  const old = fs.existsSync(expectedPath) ? fs.readFileSync(expectedPath, 'utf8') : null;
  if (old === r.stdout) { same++; continue; }
  if (check) { diffs++; console.error(`DIFF ${rel}`); continue; }
  fs.writeFileSync(expectedPath, r.stdout);
  written++;
}

// Stale .expected files (no matching entry) are reported, never deleted.
(function stale(dir) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) stale(p);
    else if (ent.name.endsWith('.expected') && filters.length === 0) {
      const js = p.replace(/\.expected$/, '.js');
      if (!entries.includes(js)) { problems++; console.error(`STALE ${path.relative(casesDir, p)}`); }
    }
  }
})(casesDir);

console.log(`${entries.length} cases: ${written} written, ${same} unchanged, ${diffs} differ, ${problems} problems`);
process.exit(problems || diffs ? 1 : 0);
