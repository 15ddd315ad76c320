import type { Kysely } from 'kysely';
import type { DB } from '../core/db/schema.js';
import type { CollaborationPolicy, Department } from '../core/playbook/schema.js';

/** Who handles a department's work for a region: the playbook's routing, else any active user of that role. */
export async function departmentAssignee(db: Kysely<DB>, policy: CollaborationPolicy, department: Department, region: string): Promise<string | null> {
  const route = policy.routing.find((r) => r.department === department && (r.region === '*' || r.region === region));
  let query = db.selectFrom('users').select('id').where('active', '=', true);
  query = route ? query.where('username', '=', route.username) : query.where('role', '=', department).orderBy('username');
  return (await query.limit(1).executeTakeFirst())?.id ?? null;
}

/** The department's head for overdue alerts: the playbook's named head, else the directors. */
export async function departmentHeads(db: Kysely<DB>, policy: CollaborationPolicy, department: Department): Promise<string[]> {
  const head = policy.heads[department];
  const query = db.selectFrom('users').select('id').where('active', '=', true);
  const rows = head ? await query.where('username', '=', head).execute() : await query.where('role', '=', 'director').execute();
  return rows.map((r) => r.id);
}
