// Starts the release build of the server on a free port with a fresh
// database and demo data, and stops it again.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function freePort() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

async function waitUntilHealthy(base, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${base}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not become healthy within 60 s');
}

export async function startServer() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hrh-e2e-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(
    path.join(root, 'target/release/server'),
    ['--data-dir', dataDir, '--demo', '--listen', `127.0.0.1:${port}`, '--public-url', base,
      '--site-root', path.join(root, 'target/site')],
    { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, RUST_LOG: process.env.E2E_LOG ?? 'warn' } },
  );
  await waitUntilHealthy(base, child);
  return {
    base,
    // Without --smtp-url, every message is kept here as `outbox/<id>.eml`.
    dataDir,
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
