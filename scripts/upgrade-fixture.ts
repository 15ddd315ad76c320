/**
 * Builds the upgrade fixture: a database as the first release left it, which CI migrates to the
 * latest schema on both databases (test/integration/upgrade.test.ts).
 *
 *   npx tsx scripts/upgrade-fixture.ts        # writes test/fixtures/schema-0001/
 *
 * The schema is the first release's: the current migrations run up to 0001_foundation (migrations
 * are frozen, so this is the DDL that release ran). The rows are what that release stored: an
 * organisation, its playbook document as that release's default (playbook-v1.json, from commit
 * f9a26fa), leads in the pool and owned, a converted lead with its customer, an opportunity past its
 * first stage gate, follow-ups with evidence files, and the audit chain over all of it. Written:
 * - data.sql: the rows as plain INSERT statements (for PostgreSQL: migrate to 0001, run it, migrate on);
 * - pgdata.tar.gz: the embedded database itself (PGlite's data directory), as an install has it on disk;
 * - files/: the uploaded evidence under its storage paths.
 * Run it again only to rebuild the fixture of that same first release.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import { entryHash, GENESIS_HASH } from '../src/core/audit/chain.js';
import { hashPassword } from '../src/core/auth/password.js';
import { connectDatabase } from '../src/core/db/connect.js';
import { migrateTo } from '../src/core/db/migrate.js';

export const FIXTURE_DIR = path.resolve(import.meta.dirname, '../test/fixtures/schema-0001');
export const FIXTURE_PASSWORD = 'Fixture-Lantern-2026';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = (day: number, hour = 10) => new Date(Date.UTC(2026, 10, day, hour - 8, 0, 0));

async function main() {
  const handle = await connectDatabase({});
  const db = handle.db as unknown as Kysely<unknown>;
  await migrateTo(handle.db, '0001_foundation');
  const playbook = JSON.parse(fs.readFileSync(path.join(FIXTURE_DIR, 'playbook-v1.json'), 'utf8'));
  const passwordHash = await hashPassword(FIXTURE_PASSWORD);
  // The administrator's password is the one the test support signs in with.
  const adminHash = await hashPassword('admin-test-password');
  const audit: { at: Date; actorId: string | null; action: string; entityType: string; entityId: string | null; data: unknown }[] = [];
  const insert = async (table: string, row: Record<string, unknown>) => {
    const columns = Object.keys(row);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values (${sql.join(columns.map((c) => row[c]))})`.execute(db);
  };

  const [admin, director, sup, rep, rep2] = [id(1), id(2), id(3), id(4), id(5)];
  const team = id(100);
  await insert('teams', { id: team, name: '华东一组', region: '华东', supervisor_id: null, parent_team_id: null, created_at: at(2), updated_at: at(2) });
  const users: [string, string, string, string, string | null][] = [
    [admin, 'admin', '系统管理员', 'admin', null],
    [director, 'old_director', '周总监', 'director', null],
    [sup, 'old_sup', '王主管', 'supervisor', team],
    [rep, 'old_rep', '李销售', 'sales', team],
    [rep2, 'old_rep2', '赵销售', 'sales', team],
  ];
  for (const [userId, username, displayName, role, teamId] of users) {
    await insert('users', {
      id: userId,
      username,
      password_hash: userId === admin ? adminHash : passwordHash,
      display_name: displayName,
      role,
      team_id: teamId,
      active: true,
      locale: 'zh-CN',
      created_at: at(2),
      updated_at: at(2),
    });
    audit.push({ at: at(2), actorId: userId === admin ? null : admin, action: 'user.create', entityType: 'user', entityId: userId, data: { username, role } });
  }
  await sql`update teams set supervisor_id = ${sup} where id = ${team}`.execute(db);
  await insert('playbooks', { version: 1, document: JSON.stringify(playbook), created_at: at(2), created_by: null, note: '默认手册' });

  // Leads: two in the 华东 pool, two owned, one converted into a customer.
  const leadRows = [
    { id: id(200), name: '苏州精工机械', status: 'new', owner: null, day: 3 },
    { id: id(201), name: '杭州云启科技', status: 'new', owner: null, day: 4 },
    { id: id(202), name: '宁波海联贸易', status: 'contacted', owner: rep, day: 5 },
    { id: id(203), name: '上海申达自动化', status: 'qualified', owner: rep2, day: 6 },
    { id: id(204), name: '无锡恒通电气', status: 'converted', owner: rep, day: 7 },
  ];
  for (const l of leadRows) {
    await insert('leads', {
      id: l.id,
      name: l.name,
      type: 'B2B',
      region: '华东',
      product_line: '工业设备',
      phone: null,
      company: l.name,
      source: '展会',
      status: l.status,
      owner_id: l.owner,
      team_id: l.owner ? team : null,
      customer_id: null,
      assigned_at: l.owner ? at(l.day, 11) : null,
      first_contact_at: l.status === 'new' ? null : at(l.day, 14),
      next_follow_up_at: l.status === 'new' ? null : at(25, 10),
      created_at: at(l.day),
      updated_at: at(l.day, 14),
      last_activity_at: at(l.day, 14),
    });
    audit.push({ at: at(l.day), actorId: l.owner ?? admin, action: 'lead.create', entityType: 'lead', entityId: l.id, data: { name: l.name, region: '华东' } });
  }
  const customer = id(300);
  await insert('customers', {
    id: customer,
    name: '无锡恒通电气',
    type: 'B2B',
    grade: 'A',
    region: '华东',
    industry: '电气设备',
    phone: null,
    owner_id: rep,
    team_id: team,
    lead_id: id(204),
    next_follow_up_at: at(26),
    created_at: at(8),
    updated_at: at(8),
    last_activity_at: at(12),
  });
  await sql`update leads set customer_id = ${customer} where id = ${id(204)}`.execute(db);
  audit.push({ at: at(8), actorId: rep, action: 'lead.convert', entityType: 'lead', entityId: id(204), data: { customerId: customer } });

  const opportunity = id(400);
  const stageFields = {
    initial: { painPoints: '产线换型慢，停机时间长', competitorResponse: '对比西门子方案，强调本地服务响应', nextFollowUpAt: at(25).toISOString() },
  };
  await insert('opportunities', {
    id: opportunity,
    customer_id: customer,
    name: '恒通电气二期产线改造',
    amount: '1280000.00',
    product_line: '工业设备',
    region: '华东',
    stage: 'needs',
    status: 'open',
    lost_reason: null,
    stage_entered_at: at(10),
    stage_fields: JSON.stringify(stageFields),
    owner_id: rep,
    team_id: team,
    next_follow_up_at: at(25),
    created_at: at(8),
    updated_at: at(10),
    last_activity_at: at(12),
  });
  await insert('stage_changes', {
    opportunity_id: opportunity,
    from_stage: null,
    to_stage: 'initial',
    actor_id: rep,
    reason: null,
    playbook_version: 1,
    at: at(8),
  });
  await insert('stage_changes', {
    opportunity_id: opportunity,
    from_stage: 'initial',
    to_stage: 'needs',
    actor_id: rep,
    reason: null,
    playbook_version: 1,
    at: at(10),
  });
  audit.push({
    at: at(8),
    actorId: rep,
    action: 'opportunity.create',
    entityType: 'opportunity',
    entityId: opportunity,
    data: { name: '恒通电气二期产线改造' },
  });
  audit.push({
    at: at(10),
    actorId: rep,
    action: 'opportunity.stage',
    entityType: 'opportunity',
    entityId: opportunity,
    data: { from: 'initial', to: 'needs' },
  });

  // Follow-ups with their evidence files.
  fs.rmSync(path.join(FIXTURE_DIR, 'files'), { recursive: true, force: true });
  const followups = [
    { id: id(500), file: id(600), day: 9, channel: 'visit', content: '现场拜访：确认二期产线换型需求与预算范围。', target: 'opportunity' },
    { id: id(501), file: id(601), day: 12, channel: 'phone', content: '电话沟通：客户技术负责人确认了改造时间窗口。', target: 'opportunity' },
  ];
  for (const f of followups) {
    const bytes = Buffer.from(`通话/拜访记录 ${f.id}\n${f.content}\n`, 'utf8');
    const storagePath = `2026/11/${f.file}`;
    fs.mkdirSync(path.join(FIXTURE_DIR, 'files', '2026', '11'), { recursive: true });
    fs.writeFileSync(path.join(FIXTURE_DIR, 'files', storagePath), bytes);
    await insert('files', {
      id: f.file,
      name: `记录-${f.day}.txt`,
      kind: 'recording',
      mime: 'text/plain; charset=utf-8',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      storage_path: storagePath,
      uploaded_by: rep,
      created_at: at(f.day, 9),
    });
    await insert('followups', {
      id: f.id,
      target_type: 'opportunity',
      target_id: opportunity,
      lead_id: null,
      customer_id: customer,
      opportunity_id: opportunity,
      channel: f.channel,
      value_tag: 'needs_discovery',
      content: f.content,
      next_follow_up_at: at(25),
      stage: f.day < 10 ? 'initial' : 'needs',
      author_id: rep,
      team_id: team,
      corrects_id: null,
      created_at: at(f.day, 15),
    });
    await insert('followup_attachments', { followup_id: f.id, file_id: f.file });
    audit.push({ at: at(f.day, 15), actorId: rep, action: 'followup.create', entityType: 'followup', entityId: f.id, data: { targetType: f.target } });
  }

  // The audit chain, as the first release wrote it: one entry per change, linked by hash.
  audit.sort((a, b) => a.at.getTime() - b.at.getTime());
  let prevHash = GENESIS_HASH;
  for (const [index, e] of audit.entries()) {
    const seq = index + 1;
    const content = { seq, at: e.at.toISOString(), actorId: e.actorId, action: e.action, entityType: e.entityType, entityId: e.entityId, data: e.data };
    const hash = entryHash(prevHash, content);
    await insert('audit_log', {
      seq,
      at: e.at,
      actor_id: e.actorId,
      action: e.action,
      entity_type: e.entityType,
      entity_id: e.entityId,
      data: JSON.stringify(e.data),
      prev_hash: prevHash,
      hash,
    });
    prevHash = hash;
  }

  // data.sql: every row as a plain INSERT, table by table in an order that satisfies the keys.
  const order = [
    'teams',
    'users',
    'playbooks',
    'files',
    'leads',
    'customers',
    'opportunities',
    'stage_changes',
    'followups',
    'followup_attachments',
    'audit_log',
  ];
  const lines = [
    '-- Rows of a database made by the first release (schema 0001_foundation): see scripts/upgrade-fixture.ts.',
    '-- Load into a database migrated to 0001_foundation, then run the newer migrations.',
  ];
  // Keys that point forward (teams → their supervisor, leads → the customer they became) are
  // inserted empty and set once the row they point to exists.
  const deferred: Record<string, { column: string; after: string }> = {
    teams: { column: 'supervisor_id', after: 'users' },
    leads: { column: 'customer_id', after: 'customers' },
  };
  const updates: Record<string, string[]> = {};
  for (const table of order) {
    const columns = (
      await sql<{
        name: string;
      }>`select column_name as name from information_schema.columns where table_schema = 'public' and table_name = ${table} order by ordinal_position`.execute(
        db,
      )
    ).rows.map((r) => r.name);
    const later = deferred[table];
    const values = columns.map((c) => (c === later?.column ? `'NULL'` : `quote_nullable(${c}::text)`)).join(` || ', ' || `);
    const key =
      ({ followup_attachments: 'followup_id', playbooks: 'version', audit_log: 'seq', stage_changes: 'id' } as Record<string, string>)[table] ?? 'created_at';
    const rows = await sql<{ line: string }>`
      select ${`insert into ${table} (${columns.join(', ')}) values (`} || ${sql.raw(values)} || ');' as line
      from ${sql.table(table)} order by ${sql.ref(key)}`.execute(db);
    lines.push(`-- ${table}`, ...rows.rows.map((r) => r.line));
    if (later) {
      const set = await sql<{ line: string }>`
        select ${`update ${table} set ${later.column} = `} || quote_literal(${sql.ref(later.column)}::text) || ' where id = ' || quote_literal(id::text) || ';' as line
        from ${sql.table(table)} where ${sql.ref(later.column)} is not null order by id`.execute(db);
      (updates[later.after] ??= []).push(...set.rows.map((r) => r.line));
    }
    lines.push(...(updates[table] ?? []));
  }
  const sequences = await sql<{
    line: string;
  }>`select ${`select setval('stage_changes_id_seq', `} || last_value || ', true);' as line from stage_changes_id_seq`.execute(db);
  lines.push('-- sequences', ...sequences.rows.map((r) => r.line));
  fs.writeFileSync(path.join(FIXTURE_DIR, 'data.sql'), `${lines.join('\n')}\n`);

  const dump = await handle.pglite!.dumpDataDir('gzip');
  fs.writeFileSync(path.join(FIXTURE_DIR, 'pgdata.tar.gz'), Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  console.log(
    `wrote ${FIXTURE_DIR}: ${audit.length} audit entries, data.sql, pgdata.tar.gz (${fs.statSync(path.join(FIXTURE_DIR, 'pgdata.tar.gz')).size} bytes)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
