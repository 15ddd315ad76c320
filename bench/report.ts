export interface Row {
  group: string;
  name: string;
  app: string;
  baseline: string;
  ratio: string;
  target: string;
  /** null: reported without a target */
  met: boolean | null;
}

export interface Report {
  scale: string;
  startedAt: string;
  finishedAt?: string;
  seconds?: number;
  machine: {
    cpu: string;
    cores: number;
    ramGiB: number;
    kernel: string;
    node: string;
    commit: string;
    appDir: string;
    loadAverage?: { start: number; end: number };
  };
  database?: { postgres: string; settings: Record<string, string> };
  rows: Row[];
  details: Record<string, any>;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function renderMarkdown(r: Report): string {
  const lines: string[] = [];
  lines.push(`# Benchmark results (${r.scale} scale)`);
  lines.push('');
  lines.push(`- started ${r.startedAt}, took ${r.seconds ?? '?'} s; commit \`${r.machine.commit}\``);
  lines.push(
    `- machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.ramGiB} GiB RAM, Linux ${r.machine.kernel}, Node ${r.machine.node}${r.machine.loadAverage ? `; 1-min load average ${r.machine.loadAverage.start} at start, ${r.machine.loadAverage.end} at end` : ''}`,
  );
  if (r.database)
    lines.push(
      `- database: ${r.database.postgres}, throwaway cluster with ${Object.entries(r.database.settings)
        .filter(([k]) => !['listen_addresses'].includes(k))
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}; fsync, synchronous_commit and full_page_writes at their defaults (on)`,
    );
  const ds = r.details.dataset;
  if (ds)
    lines.push(
      `- data set: ${Object.entries(ds.counts as Record<string, number>)
        .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
        .join(', ')}${r.details.databaseSize ? ` (${r.details.databaseSize})` : ''}`,
    );
  const pds = r.details.pgliteDataset;
  if (pds)
    lines.push(
      `- embedded (PGlite) data set: ${Object.entries(pds.counts as Record<string, number>)
        .map(([k, v]) => `${v.toLocaleString('en')} ${k}`)
        .join(', ')}`,
    );
  lines.push(
    '- load: autocannon (programmatic, in the benchmark process) over loopback against the server in its own process; app started as `node dist/server/main.js` with SCHEDULER=0, LOG_LEVEL=warn; baseline = bare Fastify + the same SQL, `pg` driver and pool size (20) in another process',
  );
  lines.push('');
  let group = '';
  for (const row of r.rows) {
    if (row.group !== group) {
      group = row.group;
      lines.push('', `### ${group}`, '', '| measurement | app | baseline | ratio | target | met |', '|---|---|---|---|---|---|');
    }
    const met = row.met === null ? '' : row.met ? '✅ met' : '❌ missed';
    lines.push(`| ${cell(row.name)} | ${cell(row.app)} | ${cell(row.baseline)} | ${cell(row.ratio)} | ${cell(row.target)} | ${met} |`);
  }
  lines.push('');
  type Statement = { calls: number; totalMs: number; meanMs: number; query: string; perCall?: Record<string, number> };
  const top = (title: string, list: Statement[] | undefined) => {
    if (!list?.length) return;
    lines.push(
      `<details><summary>${title}: top statements (pg_stat_statements; per call: shared buffers hit / read / dirtied, WAL full-page images, WAL bytes, block I/O ms)</summary>`,
      '',
      '| calls | total ms | mean ms | hit | read | dirtied | WAL FPI | WAL bytes | I/O ms | query |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const s of list) {
      const p = s.perCall;
      const per = p ? `${p.hit} | ${p.read} | ${p.dirtied} | ${p.walFpi} | ${p.walBytes} | ${p.ioMs}` : ' | | | | | ';
      lines.push(`| ${s.calls} | ${s.totalMs} | ${s.meanMs} | ${per} | \`${cell(s.query.replace(/`/g, "'"))}\` |`);
    }
    lines.push('', '</details>', '');
  };
  top('GET /api/v1/leads/:id', r.details.readStatements);
  top('POST /api/v1/followups', r.details.writeStatements);
  top('GET /api/v1/reports/stale', r.details.staleStatements);
  top('SLA sweep tick', r.details.sweepStatements);
  top('Excel import', r.details.importStatements);
  top('Chat-archive ingest', r.details.chatStatements);
  if (r.details.staleExplain?.length) {
    lines.push('<details><summary>EXPLAIN (ANALYZE, BUFFERS) of the stale report statements</summary>', '');
    for (const e of r.details.staleExplain) lines.push('```sql', e.sql, '```', '```', e.plan, '```', '');
    lines.push('</details>', '');
  }
  return lines.join('\n') + '\n';
}
