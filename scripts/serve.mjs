#!/usr/bin/env node
/**
 * Serves the project folder for the demo, with the strict Content-Security-Policy a cautious partner
 * site would send, so the demo proves the drop-in script works under it. No dependencies.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
  '.ics': 'text/calendar',
  '.woff2': 'font/woff2',
};
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'";

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://${host}`);
  if (url.pathname === '/') {
    res.writeHead(302, { Location: '/demo/' });
    return res.end();
  }
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    // "/%%%": not a path at all; the server stays up.
    res.writeHead(400);
    return res.end('bad request');
  }
  let file = normalize(join(root, path));
  if (!file.startsWith(root) || file.includes(`${root}/node_modules`)) {
    res.writeHead(403);
    return res.end('forbidden');
  }
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
  } catch {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    return res.end('not found');
  }
  res.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': csp,
    'Cache-Control': 'no-cache',
  });
  createReadStream(file).pipe(res);
});

server.on('error', (error) => {
  console.error(error.code === 'EADDRINUSE' ? `\n  Port ${port} is in use: PORT=8090 npm start serves on another.\n` : error);
  process.exit(1);
});
server.listen(port, host, () => {
  console.log(`\n  pl-widgets demo: http://${host}:${port}/demo/\n  (strict CSP: ${csp})\n  Ctrl+C to stop.\n`);
});
