import { useState } from 'react';
import { App, Button, Grid, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { client, errorMessage, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { DueCountdown } from '../../components/Countdown';
import { formatTime } from '../../format';
import { ListCards } from '../../components/list/ListCards';
import { QueueKindTag } from './QueueKindTag';
import { entityPath } from './entityLink';
import type { QueueItem } from '../../api/types';

interface Props {
  items: QueueItem[];
  showOwner?: boolean;
  /** Only the assignee completes a task; the team view is read-only. */
  canComplete?: boolean;
  onChanged?: () => void;
  testId?: string;
}

export function QueueTable({ items, showOwner, canComplete, onChanged, testId }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [completing, setCompleting] = useState<string | null>(null);
  const phone = !Grid.useBreakpoint().md;

  const complete = async (item: QueueItem) => {
    if (!item.task) return;
    setCompleting(item.key);
    try {
      await unwrap(client.POST('/api/v1/tasks/{id}/complete', { params: { path: { id: item.task.id } }, body: {} }));
      message.success(t('queue.completed'));
      onChanged?.();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setCompleting(null);
    }
  };

  const completeButton = (item: QueueItem) =>
    item.task && canComplete ? (
      <Button size="small" loading={completing === item.key} onClick={() => void complete(item)} data-testid={`task-complete-${item.task.id}`}>
        {t('queue.complete')}
      </Button>
    ) : null;
  const countdown = (item: QueueItem) => <DueCountdown dueAt={item.dueAt} soon={item.state === 'due_soon'} />;
  const titleOf = (item: QueueItem) => {
    const path = entityPath(item.entityType, item.entityId);
    return path ? <Link to={path}>{item.title}</Link> : item.title;
  };

  if (phone)
    return (
      <ListCards<QueueItem>
        items={items}
        rowKey={(item) => item.key}
        testId={testId}
        title={titleOf}
        extra={completeButton}
        fields={[
          { label: t('queue.countdown'), render: countdown },
          { label: t('queue.dueAt'), render: (item) => formatTime(item.dueAt) },
          ...(showOwner ? [{ label: t('common.owner'), render: (item: QueueItem) => item.ownerName ?? '—' }] : []),
          { label: t('common.type'), render: (item) => <QueueKindTag kind={item.kind} /> },
        ]}
        pagination={false}
      />
    );

  const columns: TableColumnsType<QueueItem> = [
    {
      title: t('queue.item'),
      key: 'title',
      render: (_v, item) => {
        return (
          <div>
            {titleOf(item)}
            {item.task ? (
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="queue-task-reason">
                  {t('queue.fromRule', { rule: item.task.ruleName ?? item.task.ruleId ?? '—', reason: item.task.reason ?? '' })}
                </Typography.Text>
              </div>
            ) : null}
          </div>
        );
      },
    },
    { title: t('common.type'), dataIndex: 'kind', width: 110, render: (kind: QueueItem['kind']) => <QueueKindTag kind={kind} /> },
    ...(showOwner ? [{ title: t('common.owner'), dataIndex: 'ownerName', render: (name: string | null) => name ?? '—' }] : []),
    { title: t('queue.dueAt'), dataIndex: 'dueAt', width: 150, render: formatTime },
    {
      title: t('queue.countdown'),
      key: 'countdown',
      width: 170,
      render: (_v, item) => countdown(item),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 100,
      render: (_v, item) => completeButton(item),
    },
  ];

  return (
    <Table<QueueItem>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={items}
      pagination={items.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      data-testid={testId}
    />
  );
}
