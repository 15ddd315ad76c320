import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';

export interface StoredBlob {
  storagePath: string;
  size: number;
  sha256: string;
}

/** Files live under DATA_DIR/files/<yyyy>/<mm>/<uuid>; the database keeps the relative path. */
export class FileStorage {
  constructor(private readonly root: string) {}

  async save(stream: Readable, now: Date): Promise<StoredBlob> {
    const relative = path.join(String(now.getUTCFullYear()), String(now.getUTCMonth() + 1).padStart(2, '0'), randomUUID());
    const absolute = path.join(this.root, relative);
    await fs.promises.mkdir(path.dirname(absolute), { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(stream, meter, fs.createWriteStream(absolute));
    } catch (error) {
      await fs.promises.rm(absolute, { force: true });
      throw error;
    }
    return { storagePath: relative, size, sha256: hash.digest('hex') };
  }

  absolute(storagePath: string): string {
    return path.join(this.root, storagePath);
  }

  open(storagePath: string): fs.ReadStream {
    return fs.createReadStream(path.join(this.root, storagePath));
  }

  async remove(storagePath: string): Promise<void> {
    await fs.promises.rm(path.join(this.root, storagePath), { force: true });
  }
}
