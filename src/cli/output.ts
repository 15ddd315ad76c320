import { BackupRefused } from '../core/backup/archive.js';
import { DataDirInUse } from '../core/backup/control-socket.js';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

/** A refusal is a message and exit code 2; anything else also prints its stack, exit code 1. */
export function cliFailure(error: unknown): never {
  if (error instanceof BackupRefused || error instanceof DataDirInUse) {
    console.error(`拒绝 / refused: ${error.message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
}
