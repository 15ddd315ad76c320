import { Card, Empty, Typography } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import { QueueTable } from './QueueTable';
import type { QueueItem, QueueState } from '../../api/types';

const STATES: { state: QueueState; color: string }[] = [
  { state: 'overdue', color: '#cf1322' },
  { state: 'due_soon', color: '#d46b08' },
  { state: 'upcoming', color: '#1677ff' },
];

interface Props {
  items: QueueItem[];
  showOwner?: boolean;
  canComplete?: boolean;
  onChanged?: () => void;
  /** The team view carries only overdue and due-soon work. */
  states?: QueueState[];
}

/** Queue items in one card per state: overdue (red), due soon (orange), upcoming. */
export function QueueGroups({ items, showOwner, canComplete, onChanged, states }: Props) {
  const { t } = useI18n();
  const shown = STATES.filter((entry) => !states || states.includes(entry.state));
  if (items.length === 0) return <Empty description={t('queue.empty')} />;
  return (
    <>
      {shown.map(({ state, color }) => {
        const group = items.filter((item) => item.state === state);
        return (
          <Card
            key={state}
            size="small"
            style={{ marginBottom: 16, borderTop: `3px solid ${color}` }}
            data-testid={`queue-group-${state}`}
            title={
              <Typography.Text style={{ color }}>
                {t(`queue.state.${state}`)} ({group.length})
              </Typography.Text>
            }
          >
            {group.length ? (
              <QueueTable items={group} showOwner={showOwner} canComplete={canComplete} onChanged={onChanged} testId={`queue-table-${state}`} />
            ) : (
              <Typography.Text type="secondary">{t('queue.groupEmpty')}</Typography.Text>
            )}
          </Card>
        );
      })}
    </>
  );
}
