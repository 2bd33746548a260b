/**
 * writeAll writes every file or none, never leaves a temporary behind (on an error or
 * Ctrl-C), and says which folder it could not write to and what to do.
 */
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const folders: string[] = [];
function folder(): string {
  const made = mkdtempSync(path.join(tmpdir(), 'papi-write-test-'));
  folders.push(made);
  return made;
}
afterEach(() => {
  vi.doUnmock('node:fs');
  vi.resetModules();
  for (const made of folders.splice(0)) {
    chmodSync(made, 0o755);
    rmSync(made, { recursive: true, force: true });
  }
});

const temporaries = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.tmp-\d+$/.test(name));

describe('writeAll', () => {
  it('writes every file, creating folders, and leaves no temporary', async () => {
    const { writeAll } = await import('./write.ts');
    const dir = folder();
    writeAll([
      { path: path.join(dir, 'a.yaml'), content: 'a\n' },
      { path: path.join(dir, 'plans', 'x', 'b.yaml'), content: 'b\n' },
    ]);
    expect(readFileSync(path.join(dir, 'plans', 'x', 'b.yaml'), 'utf8')).toBe('b\n');
    expect(temporaries(dir)).toEqual([]);
  });

  it.each([
    ['EROFS', /the file system is read-only/],
    ['EACCES', /permission denied/],
  ])('a folder it cannot write to (%s) is a WriteError naming the folder; nothing changes, no temporary is left', async (code, reason) => {
    const dir = folder();
    writeFileSync(path.join(dir, 'a.yaml'), 'old\n');
    const actual = await vi.importActual<typeof import('node:fs')>('node:fs');
    vi.doMock('node:fs', () => ({
      ...actual,
      // The second file's folder refuses writes, after the first file was staged.
      writeFileSync: (file: string, ...rest: [string, 'utf8']) => {
        if (file.includes(`${path.sep}ro${path.sep}`)) throw Object.assign(new Error(`${code}: refused, open '${file}'`), { code });
        actual.writeFileSync(file, ...rest);
      },
    }));
    const { writeAll, WriteError } = await import('./write.ts');
    const attempt = () =>
      writeAll([
        { path: path.join(dir, 'a.yaml'), content: 'new\n' },
        { path: path.join(dir, 'ro', 'b.yaml'), content: 'b\n' },
      ]);
    expect(attempt).toThrow(WriteError);
    expect(attempt).toThrow(reason);
    expect(attempt).toThrow(`cannot write to ${path.join(dir, 'ro')}/ (${code}`);
    expect(attempt).toThrow(
      /nothing was changed\. Make the folder writable .*, or write to a copy of the content \(--content DIR\), then run the command again\./,
    );
    expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe('old\n');
    expect(temporaries(dir)).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('a real read-only folder is a WriteError (not run as root, who may write anywhere)', async () => {
    const { writeAll, WriteError } = await import('./write.ts');
    const dir = folder();
    chmodSync(dir, 0o555);
    expect(() => writeAll([{ path: path.join(dir, 'a.yaml'), content: 'a\n' }])).toThrow(WriteError);
  });

  it('Ctrl-C (SIGINT) while writing: the set is written whole, no temporary is left, and the process ends by the signal', async () => {
    const dir = folder();
    const out = path.join(dir, 'out');
    const script = path.join(dir, 'child.ts');
    writeFileSync(
      script,
      [
        `import { writeAll } from ${JSON.stringify(path.resolve('src/lib/import/write.ts'))};`,
        `const files = Array.from({ length: 400 }, (_, i) => ({ path: ${JSON.stringify(out)} + '/f' + i + '.yaml', content: 'x'.repeat(100_000) }));`,
        // Printed (synchronously, to a pipe) when writeAll reads the first path, i.e. once it is
        // running and listening: a signal sent before that would kill the process by default.
        `let announced = false;`,
        `const first = files[0];`,
        `files[0] = { content: first.content, get path() { if (!announced) { announced = true; console.log('writing'); } return first.path; } };`,
        `writeAll(files);`,
        `setTimeout(() => console.log('still running'), 2000);`,
      ].join('\n'),
    );
    mkdirSync(out);
    const child = spawn('node_modules/.bin/node', [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('writing')) child.kill('SIGINT');
    });
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (...result) => resolve(result)));
    expect({ code, signal, stdout: stdout.trim() }).toEqual({ code: null, signal: 'SIGINT', stdout: 'writing' });
    expect(temporaries(out)).toEqual([]);
    expect(readdirSync(out)).toHaveLength(400);
    expect(existsSync(path.join(out, 'f399.yaml'))).toBe(true);
  });
});
