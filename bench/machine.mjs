import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { cpus, totalmem, type, release } from 'node:os';

export function machineInfo() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
  };
}

/** Which code was measured: the checkout's commit (and whether it had local changes) and the drop-in's build time. */
export function buildInfo(root) {
  const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  let commit = 'unknown';
  let dirty = null;
  try {
    commit = git('rev-parse', '--short', 'HEAD');
    dirty = git('status', '--porcelain', '--', 'src').length > 0;
  } catch {
    // not a git checkout
  }
  return { commit, srcHasLocalChanges: dirty, dropInBuiltAt: statSync(`${root}/dist/pl-widgets.js`).mtime.toISOString() };
}
