import { useState } from 'react';
import { App, Button, Flex, Select, Table, Tag, Typography } from 'antd';
import { RedoOutlined, ReloadOutlined } from '@ant-design/icons';
import { client, errorMessage, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import { OutboxAttempts } from './OutboxAttempts';
import type { OutboxChannel, OutboxMessage, OutboxStatus } from '../../api/types';

const STATUSES: OutboxStatus[] = ['pending', 'sending', 'sent', 'dead'];
const CHANNELS: OutboxChannel[] = ['feishu', 'wecom', 'email'];
const STATUS_COLOR: Record<string, string> = { pending: 'blue', sending: 'processing', sent: 'green', dead: 'red' };
const PAGE_SIZE = 20;

/** 消息投递记录: Feishu / WeCom / e-mail messages and their delivery state. */
export function OutboxPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [status, setStatus] = useState<OutboxStatus | undefined>();
  const [channel, setChannel] = useState<OutboxChannel | undefined>();
  const [page, setPage] = useState(1);
  const [retrying, setRetrying] = useState<number | null>(null);
  const { data, error, loading, reload } = useLoad(
    () => unwrap(client.GET('/api/v1/outbox', { params: { query: { status, channel, page, pageSize: PAGE_SIZE } } })),
    [status, channel, page],
  );

  const retry = async (item: OutboxMessage) => {
    setRetrying(item.id);
    try {
      await unwrap(client.POST('/api/v1/outbox/{id}/retry', { params: { path: { id: item.id } } }));
      message.success(t('outbox.requeued'));
      await reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setRetrying(null);
    }
  };

  const label = (prefix: 'outbox.status' | 'outbox.channel', value: string) =>
    (prefix === 'outbox.status' ? (STATUSES as string[]) : (CHANNELS as string[])).includes(value) ? t(`${prefix}.${value}` as 'outbox.status.sent') : value;

  return (
    <>
      <PageHeader
        title={t('menu.outbox')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
            {t('common.refresh')}
          </Button>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('common.status')}
          value={status}
          onChange={(v) => {
            setPage(1);
            setStatus(v);
          }}
          options={STATUSES.map((s) => ({ value: s, label: label('outbox.status', s) }))}
          style={{ width: 140 }}
          data-testid="outbox-filter-status"
        />
        <Select
          allowClear
          placeholder={t('outbox.channel')}
          value={channel}
          onChange={(v) => {
            setPage(1);
            setChannel(v);
          }}
          options={CHANNELS.map((c) => ({ value: c, label: label('outbox.channel', c) }))}
          style={{ width: 140 }}
        />
      </Flex>
      <ErrorAlert error={error} />
      <Table<OutboxMessage>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        expandable={{ expandedRowRender: (item) => <OutboxAttempts id={item.id} /> }}
        data-testid="outbox-table"
        columns={[
          { title: 'ID', dataIndex: 'id', width: 70 },
          { title: t('outbox.channel'), dataIndex: 'channel', render: (c: string) => <Tag>{label('outbox.channel', c)}</Tag> },
          { title: t('outbox.target'), dataIndex: 'target', responsive: ['lg'] },
          { title: t('outbox.titleCol'), dataIndex: 'title' },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: string) => <Tag color={STATUS_COLOR[s] ?? 'default'}>{label('outbox.status', s)}</Tag>,
          },
          { title: t('outbox.attempts'), dataIndex: 'attempts', align: 'right' },
          {
            title: t('outbox.lastError'),
            dataIndex: 'lastError',
            render: (e: string | null) =>
              e ? (
                <Typography.Text type="danger" ellipsis={{ tooltip: e }} style={{ maxWidth: 260 }}>
                  {e}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTime, responsive: ['md'] },
          { title: t('outbox.nextAttemptAt'), dataIndex: 'nextAttemptAt', render: formatTime, responsive: ['lg'] },
          { title: t('outbox.sentAt'), dataIndex: 'sentAt', render: formatTime, responsive: ['lg'] },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_v, item) =>
              item.status === 'dead' ? (
                <Button
                  size="small"
                  icon={<RedoOutlined />}
                  loading={retrying === item.id}
                  onClick={() => void retry(item)}
                  data-testid={`outbox-retry-${item.id}`}
                >
                  {t('outbox.retry')}
                </Button>
              ) : null,
          },
        ]}
      />
    </>
  );
}
