// Finds (and on a root Debian machine installs) the system tools the test suite needs:
// Chromium for Karma and Playwright, PostgreSQL's server binaries for the real-database run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const CHROME_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function onPath(command) {
  const result = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

export function findChrome() {
  if (process.env.CHROME_BIN && existsSync(process.env.CHROME_BIN)) return process.env.CHROME_BIN;
  return CHROME_CANDIDATES.find((candidate) => existsSync(candidate)) ?? onPath('chromium') ?? null;
}

/** Directory holding initdb, pg_ctl and postgres, preferring Debian's newest versioned install. */
export function findPostgresBin() {
  const debianRoot = '/usr/lib/postgresql';
  if (existsSync(debianRoot)) {
    const versions = readdirSync(debianRoot)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const bin = path.join(debianRoot, version, 'bin');
      if (['initdb', 'pg_ctl', 'postgres'].every((tool) => existsSync(path.join(bin, tool)))) return bin;
    }
  }
  const initdb = onPath('initdb');
  if (initdb && existsSync(path.join(path.dirname(initdb), 'postgres'))) return path.dirname(initdb);
  return null;
}

function canUseApt() {
  return process.getuid?.() === 0 && existsSync('/etc/debian_version') && onPath('apt-get') !== null;
}

/**
 * Makes sure Chromium and (unless DATABASE_URL points at a server) PostgreSQL exist.
 * Installs the missing ones with apt when running as root on Debian/Ubuntu; otherwise stops
 * with one message naming what to install.
 */
export function ensureToolchain({ needPostgres }) {
  const missing = [];
  if (!findChrome()) missing.push('chromium');
  if (needPostgres && !findPostgresBin()) missing.push('postgresql');
  if (missing.length === 0) return;
  if (!canUseApt()) {
    console.error(
      `Koers tests need ${missing.join(' and ')}, which ${missing.length > 1 ? 'are' : 'is'} not installed.\n` +
        `Install ${missing.join(' and ')} (Debian/Ubuntu: sudo apt-get install -y ${missing.join(' ')}), ` +
        'or point CHROME_BIN at a Chrome/Chromium binary and DATABASE_URL at a PostgreSQL server.',
    );
    process.exit(2);
  }
  console.log(`== installing ${missing.join(', ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
}
