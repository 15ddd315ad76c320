import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/connect.js';
import type { DB } from '../db/schema.js';
import { recordAudit } from '../audit/audit.js';
import { AppError } from '../http/errors.js';
import { summariseIssues } from '../http/validation.js';
import { defaultPlaybook } from './default-playbook.js';
import { playbookDocumentSchema, type PlaybookDocument } from './schema.js';

export interface ActivePlaybook {
  version: number;
  createdAt: Date;
  document: PlaybookDocument;
}

// Other app nodes may publish a new version; a short cache keeps reads cheap and converges fast.
const CACHE_MS = 5000;

export class PlaybookService {
  private cached: { value: ActivePlaybook; at: number } | null = null;
  private readonly published = new Set<(version: number) => void>();

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /**
   * The active version. Inside a transaction pass it as `db`: on the embedded database a read
   * through the database handle would wait for the connection the transaction holds.
   */
  async active(db: Kysely<DB> = this.db): Promise<ActivePlaybook> {
    if (this.cached && Date.now() - this.cached.at < CACHE_MS) return this.cached.value;
    const row = await db.selectFrom('playbooks').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst();
    if (!row) throw new Error('No playbook: the database was not initialised');
    // Parsing fills the defaults of sections added after the stored version was written.
    const value = { version: row.version, createdAt: row.created_at, document: playbookDocumentSchema.parse(row.document) };
    this.cached = { value, at: Date.now() };
    return value;
  }

  /** Drops the cached version (another node published one): the next read loads the active one. */
  forget(): void {
    this.cached = null;
  }

  /** Calls `listener` after each publish on this node (the app signals the other nodes). */
  onPublished(listener: (version: number) => void): void {
    this.published.add(listener);
  }

  /** Seeds version 1 with the default playbook on an empty database. */
  async ensureInitialised(): Promise<void> {
    const existing = await this.db.selectFrom('playbooks').select('version').limit(1).executeTakeFirst();
    if (existing) return;
    await this.db
      .insertInto('playbooks')
      .values({ version: 1, document: JSON.stringify(defaultPlaybook), created_at: this.clock.now(), created_by: null, note: '默认手册' })
      .onConflict((oc) => oc.column('version').doNothing())
      .execute();
  }

  static validate(input: unknown): PlaybookDocument {
    const parsed = playbookDocumentSchema.safeParse(input);
    if (!parsed.success) {
      const { summary, issues } = summariseIssues(parsed.error.issues);
      throw new AppError(422, 'PLAYBOOK_INVALID', { summary }, { issues });
    }
    return parsed.data;
  }

  async publish(input: unknown, actorId: string, note: string | null): Promise<ActivePlaybook> {
    const document = PlaybookService.validate(input);
    const published = await this.db.transaction().execute(async (trx) => {
      const last = await trx.selectFrom('playbooks').select('version').orderBy('version', 'desc').limit(1).forUpdate().executeTakeFirst();
      const version = (last?.version ?? 0) + 1;
      const createdAt = this.clock.now();
      await trx
        .insertInto('playbooks')
        .values({ version, document: JSON.stringify(document), created_at: createdAt, created_by: actorId, note })
        .execute();
      await recordAudit(trx, this.clock, { actorId, action: 'playbook.publish', entityType: 'playbook', entityId: String(version), data: { version, note } });
      return { version, createdAt, document };
    });
    this.cached = { value: published, at: Date.now() };
    for (const listener of this.published) listener(published.version);
    return published;
  }

  async versions() {
    return this.db
      .selectFrom('playbooks')
      .leftJoin('users', 'users.id', 'playbooks.created_by')
      .select(['playbooks.version', 'playbooks.created_at', 'playbooks.note', 'users.display_name as created_by_name'])
      .orderBy('playbooks.version', 'desc')
      .execute();
  }
}

export function stageOf(document: PlaybookDocument, key: string) {
  return document.stages.find((s) => s.key === key);
}

export function labelOf(item: { label: string; labelEn?: string } | undefined, locale: string, fallback: string): string {
  if (!item) return fallback;
  return locale === 'en' ? (item.labelEn ?? item.label) : item.label;
}
