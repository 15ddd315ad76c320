// Builds the server and/or the web UI when their output is missing or older than the sources,
// so `npm start` on a built checkout starts in seconds and a fresh clone builds once.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const stale = (output, ...sources) => !fs.existsSync(output) || Math.max(...sources.map(newestMtime)) > fs.statSync(output).mtimeMs;

if (stale('dist/server/main.js', 'src')) {
  console.log('Building server…');
  execSync('npm run build:server', { stdio: 'inherit' });
  fs.utimesSync('dist/server/main.js', new Date(), new Date());
}
if (stale('web/dist/index.html', 'web/src')) {
  console.log('Building web UI…');
  execSync('npm run build:web', { stdio: 'inherit' });
}
