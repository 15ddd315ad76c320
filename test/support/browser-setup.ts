import { afterEach } from 'vitest';
import { saveFailureArtifacts } from './browser.js';

/**
 * Browser project setup: when a test fails, photograph every page it left open and keep the
 * pages' console logs under test-results/browser, so a flake explains itself.
 */
afterEach(async (context) => {
  const task = context.task;
  if (task.result?.state !== 'fail') return;
  const error = (task.result.errors ?? []).map((e) => e.stack ?? e.message).join('\n\n');
  const dir = await saveFailureArtifacts(task.file.filepath, task.name, error);
  if (dir) console.error(`browser failure artefacts (screenshots, console logs): ${dir}`);
});
