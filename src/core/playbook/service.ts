import { sql, type Kysely, type Transaction } from 'kysely';
import type { Clock } from '../clock.js';
import type { Database } from '../db/connect.js';
import type { DB } from '../db/schema.js';
import { recordAudit } from '../audit/audit.js';
import { AppError } from '../http/errors.js';
import { summariseIssues } from '../http/validation.js';
import { permissionsOf, type Permission, type Role } from '../auth/roles.js';
import { defaultPlaybook } from './default-playbook.js';
import type { ImpactReport, ImpactInput, RegisteredModule } from './impact.js';
import { MODULE_SWITCHES, playbookDocumentSchema, type ModuleSwitch, type PlaybookDocument } from './schema.js';

export interface ActivePlaybook {
  version: number;
  createdAt: Date;
  document: PlaybookDocument;
}

// Other app nodes may publish a new version; a short cache keeps reads cheap and converges fast.
const CACHE_MS = 5000;

export interface PlaybookDraft {
  document: PlaybookDocument;
  baseVersion: number;
  updatedAt: Date;
  updatedBy: string | null;
}

const DRAFT_ID = 'main';

/**
 * The permissions a role has under a playbook: its grants, less those only switched-off modules
 * use (a permission no module declares, or one an enabled module declares, stays).
 */
export function effectivePermissions(role: Role, document: PlaybookDocument, modules: readonly RegisteredModule[]): Permission[] {
  const on = (m: RegisteredModule) => !m.switch || document.modules[m.switch];
  return permissionsOf(role).filter((permission) => {
    const users = modules.filter((m) => m.permissions.includes(permission));
    return users.length === 0 || users.some(on);
  });
}

export class PlaybookService {
  private cached: { value: ActivePlaybook; at: number } | null = null;
  private readonly registered: RegisteredModule[] = [];
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

  /** Called once per module by `installModules`: its switch, permissions, time rules and preview. */
  registerModule(module: RegisteredModule): void {
    this.registered.push(module);
  }

  get modules(): readonly RegisteredModule[] {
    return this.registered;
  }

  /** What the role may do under the active playbook (switched-off modules take theirs away). */
  async permissionsFor(role: Role): Promise<Permission[]> {
    return effectivePermissions(role, (await this.active()).document, this.registered);
  }

  async isEnabled(key: ModuleSwitch, db: Kysely<DB> = this.db): Promise<boolean> {
    return (await this.active(db)).document.modules[key];
  }

  static validate(input: unknown): PlaybookDocument {
    const parsed = playbookDocumentSchema.safeParse(input);
    if (!parsed.success) {
      const { summary, issues } = summariseIssues(parsed.error.issues);
      throw new AppError(422, 'PLAYBOOK_INVALID', { summary }, { issues });
    }
    return parsed.data;
  }

  async publish(
    input: unknown,
    actorId: string,
    note: string | null,
    extra: { rollbackOf?: number; beforeCommit?: (trx: Transaction<DB>) => Promise<void> } = {},
  ): Promise<ActivePlaybook> {
    const document = PlaybookService.validate(input);
    const published = await this.db.transaction().execute(async (trx) => {
      await extra.beforeCommit?.(trx);
      const last = await trx.selectFrom('playbooks').select(['version', 'document']).orderBy('version', 'desc').limit(1).forUpdate().executeTakeFirst();
      const version = (last?.version ?? 0) + 1;
      const createdAt = this.clock.now();
      await trx
        .insertInto('playbooks')
        .values({ version, document: JSON.stringify(document), created_at: createdAt, created_by: actorId, note })
        .execute();
      await recordAudit(trx, this.clock, {
        actorId,
        action: 'playbook.publish',
        entityType: 'playbook',
        entityId: String(version),
        data: { version, note, ...(extra.rollbackOf ? { rollbackOf: extra.rollbackOf } : {}) },
      });
      const before = last ? playbookDocumentSchema.parse(last.document) : null;
      for (const module of this.registered) await module.published?.(trx, { version, before, after: document });
      return { version, createdAt, document };
    });
    this.cached = { value: published, at: Date.now() };
    for (const listener of this.published) listener(published.version);
    return published;
  }

  /** One stored version, parsed (defaults filled); null when there is none. */
  async version(version: number): Promise<ActivePlaybook | null> {
    const row = await this.db.selectFrom('playbooks').selectAll().where('version', '=', version).executeTakeFirst();
    return row ? { version: row.version, createdAt: row.created_at, document: playbookDocumentSchema.parse(row.document) } : null;
  }

  /** Publishes an earlier version's document again, as a new version. */
  async rollback(version: number, actorId: string, note: string | null): Promise<ActivePlaybook> {
    const earlier = await this.version(version);
    if (!earlier) throw new AppError(404, 'NOT_FOUND', { entity: 'playbook version' });
    return this.publish(earlier.document, actorId, note ?? `回滚到 v${version} / rollback to v${version}`, { rollbackOf: version });
  }

  async draft(): Promise<PlaybookDraft | null> {
    const row = await this.db.selectFrom('playbook_drafts').selectAll().where('id', '=', DRAFT_ID).executeTakeFirst();
    if (!row) return null;
    return { document: playbookDocumentSchema.parse(row.document), baseVersion: row.base_version, updatedAt: row.updated_at, updatedBy: row.updated_by };
  }

  /** Saves the shared draft (validated as a publish is), started from the active version unless it already exists. */
  async saveDraft(input: unknown, actorId: string): Promise<PlaybookDraft> {
    const document = PlaybookService.validate(input);
    const active = await this.active();
    const now = this.clock.now();
    await this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('playbook_drafts').select('base_version').where('id', '=', DRAFT_ID).forUpdate().executeTakeFirst();
      const baseVersion = existing?.base_version ?? active.version;
      await trx
        .insertInto('playbook_drafts')
        .values({ id: DRAFT_ID, document: JSON.stringify(document), base_version: baseVersion, updated_by: actorId, updated_at: now })
        .onConflict((oc) => oc.column('id').doUpdateSet({ document: JSON.stringify(document), updated_by: actorId, updated_at: now }))
        .execute();
      await recordAudit(trx, this.clock, { actorId, action: 'playbook.draft_save', entityType: 'playbook', entityId: 'draft', data: { baseVersion } });
    });
    return (await this.draft())!;
  }

  async discardDraft(actorId: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const deleted = await trx.deleteFrom('playbook_drafts').where('id', '=', DRAFT_ID).returning('base_version').executeTakeFirst();
      if (!deleted) throw new AppError(404, 'NO_PLAYBOOK_DRAFT');
      await recordAudit(trx, this.clock, {
        actorId,
        action: 'playbook.draft_discard',
        entityType: 'playbook',
        entityId: 'draft',
        data: { baseVersion: deleted.base_version },
      });
    });
  }

  /** Publishes the draft as a new version (the draft is gone afterwards); a draft based on an older version is refused. */
  async publishDraft(actorId: string, note: string | null): Promise<ActivePlaybook> {
    const draft = await this.draft();
    if (!draft) throw new AppError(404, 'NO_PLAYBOOK_DRAFT');
    const active = await this.active();
    if (draft.baseVersion !== active.version) throw new AppError(409, 'PLAYBOOK_DRAFT_STALE', { base: draft.baseVersion, active: active.version });
    return this.publish(draft.document, actorId, note, {
      beforeCommit: async (trx) => {
        await trx.deleteFrom('playbook_drafts').where('id', '=', DRAFT_ID).execute();
      },
    });
  }

  /**
   * What publishing `draft` would change, on the current data, changing nothing: each module's
   * contribution (opportunities blocked, lead deadlines moved, time rules firing) plus the module
   * switches, the time rules they stop or resume and the users who lose or gain a permission.
   */
  async preview(draft: PlaybookDocument, locale: string): Promise<ImpactReport> {
    const active = await this.active();
    const input: ImpactInput = { draft, active, locale, now: this.clock.now() };
    const report: ImpactReport = {
      activeVersion: active.version,
      opportunities: { checked: 0, blocked: 0, newlyBlocked: 0, items: [] },
      leads: { checked: 0, moved: 0, items: [] },
      timeRules: [],
      permissions: [],
      modules: { switchedOff: [], switchedOn: [] },
    };
    for (const key of MODULE_SWITCHES) {
      const before = active.document.modules[key];
      const after = draft.modules[key];
      if (before && !after) report.modules.switchedOff.push(key);
      if (!before && after) report.modules.switchedOn.push(key);
    }
    for (const module of this.registered) {
      if (module.switch && active.document.modules[module.switch] !== draft.modules[module.switch]) {
        const effect = draft.modules[module.switch] ? 'resumes' : 'stops';
        for (const rule of module.timeRules) report.timeRules.push({ id: rule.id, name: rule.name, effect, count: 0 });
      }
      if (!module.impact || (module.switch && !draft.modules[module.switch])) continue;
      const part = await module.impact(input);
      if (part.opportunities) report.opportunities = part.opportunities;
      if (part.leads) report.leads = part.leads;
      if (part.timeRules) report.timeRules.push(...part.timeRules.map((r) => ({ ...r, name: module.timeRules.find((t) => t.id === r.id)?.name ?? r.name })));
    }
    if (report.modules.switchedOff.length || report.modules.switchedOn.length) {
      const users = await this.db
        .selectFrom('users')
        .select(['id', 'username', 'display_name', 'role'])
        .where('active', '=', true)
        .orderBy('username')
        .execute();
      for (const user of users) {
        const role = user.role as Role;
        const before = effectivePermissions(role, active.document, this.registered);
        const after = effectivePermissions(role, draft, this.registered);
        const lost = before.filter((p) => !after.includes(p));
        const gained = after.filter((p) => !before.includes(p));
        if (lost.length || gained.length)
          report.permissions.push({ userId: user.id, username: user.username, displayName: user.display_name, role: user.role, lost, gained });
      }
    }
    return report;
  }

  /** Audit entries (chained or still queued) since `since` whose data matches `pattern` (SQL LIKE), newest first. */
  async decisions(pattern: string, since: Date) {
    const select = (table: 'audit_log' | 'audit_pending') =>
      this.db
        .selectFrom(table)
        .leftJoin('users', 'users.id', `${table}.actor_id`)
        .select([`${table}.at`, `${table}.action`, `${table}.entity_type`, `${table}.entity_id`, `${table}.data`, 'users.display_name as actor'])
        .where(`${table}.at`, '>=', since)
        .where(sql<string>`${sql.ref(`${table}.data`)}::text`, 'like', pattern)
        .orderBy(`${table}.at`, 'desc')
        .limit(200)
        .execute();
    const [chained, queued] = await Promise.all([select('audit_log'), select('audit_pending')]);
    return [...queued, ...chained].sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, 200);
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

export { labelOf } from './labels.js';
