import { afterEach } from 'vitest';
import { saveFailureArtifacts, takeCspViolations } from './browser.js';

/**
 * Browser project setup: every page the UI showed during a test must have worked under the app's
 * Content-Security-Policy; and when a test fails, every page it left open is photographed and its
 * console log kept under test-results/browser, so a flake explains itself.
 */
afterEach(async (context) => {
  const task = context.task;
  const violations = takeCspViolations();
  const failed = task.result?.state === 'fail' || violations.length > 0;
  if (failed) {
    const errors = (task.result?.errors ?? []).map((e) => e.stack ?? e.message);
    if (violations.length > 0) errors.push(`Content-Security-Policy violations:\n${violations.join('\n')}`);
    const dir = await saveFailureArtifacts(task.file.filepath, task.name, errors.join('\n\n'));
    if (dir) console.error(`browser failure artefacts (screenshots, console logs): ${dir}`);
  }
  if (violations.length > 0) throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
});
