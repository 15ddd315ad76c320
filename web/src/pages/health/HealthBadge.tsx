import { Tag, Tooltip } from 'antd';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../state/LocaleContext';
import type { CustomerHealth, HealthLevel } from '../../api/types';

export const LEVEL_COLORS: Record<HealthLevel, string> = { healthy: 'green', attention: 'gold', risk: 'red' };

/** The score as a coloured tag; hovering lists the components and open alerts. */
export function HealthBadge({ health }: { health: CustomerHealth | undefined | null }) {
  const { t: ta } = useI18n('analytics');
  if (!health) return <span>—</span>;
  const title = (
    <div>
      {health.components.map((c) => (
        <div key={c.key}>
          {ta(`health.c.${c.key}` as MessageKey<'analytics'>)}
          {ta('a.sep')}
          {c.score === null ? ta('health.na') : c.score}
        </div>
      ))}
      {health.alerts.map((a) => (
        <div key={a.taskId} style={{ color: '#ffa39e' }}>
          ⚠ {a.ruleName}
        </div>
      ))}
    </div>
  );
  return (
    <Tooltip title={title}>
      <Tag color={LEVEL_COLORS[health.level]} data-testid="health-badge">
        {health.score} · {ta(`health.level.${health.level}` as MessageKey<'analytics'>)}
        {health.alerts.length ? ` ⚠${health.alerts.length}` : ''}
      </Tag>
    </Tooltip>
  );
}
