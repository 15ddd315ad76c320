import { useState } from 'react';
import { App, Button, Drawer, Flex, Select, Table, Tag, Typography } from 'antd';
import { ReloadOutlined, RedoOutlined } from '@ant-design/icons';
import { client, errorMessage, unwrap } from '../../api/client';
import type { Webhook, WebhookDelivery, WebhookDeliveryStatus } from '../../api/types';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import { isWebhookEvent, WEBHOOK_EVENT_LABELS } from './webhookEvents';
import { AttemptTable } from './OutboxAttempts';

const STATUSES: WebhookDeliveryStatus[] = ['pending', 'sending', 'sent', 'dead'];
const STATUS_COLOR: Record<WebhookDeliveryStatus, string> = { pending: 'blue', sending: 'processing', sent: 'green', dead: 'red' };
const PAGE_SIZE = 20;

/** One delivery's body and attempts (loaded when its row is expanded). */
function DeliveryDetail({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error, loading } = useLoad(() => unwrap(client.GET('/api/v1/webhook-deliveries/{id}', { params: { path: { id } } })), [id]);
  return (
    <>
      <ErrorAlert error={error} />
      <AttemptTable attempts={data?.attemptLog ?? []} loading={loading} data-testid={`webhook-attempts-${id}`} />
      {data && (
        <Typography.Paragraph copyable={{ text: JSON.stringify(data.body, null, 2) }} style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">{t('webhooks.body')}</Typography.Text>
          <pre style={{ maxHeight: 240, overflow: 'auto', fontSize: 12, background: 'rgba(0,0,0,0.03)', padding: 8 }}>{JSON.stringify(data.body, null, 2)}</pre>
        </Typography.Paragraph>
      )}
    </>
  );
}

/** A webhook's deliveries, newest first, with their attempts and a redelivery button. */
export function WebhookDeliveries({ webhook, onClose }: { webhook: Webhook | null; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [status, setStatus] = useState<WebhookDeliveryStatus | undefined>();
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState<string | null>(null);
  const id = webhook?.id;
  const { data, error, loading, reload } = useLoad(
    async () =>
      id ? unwrap(client.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id }, query: { status, page, pageSize: PAGE_SIZE } } })) : null,
    [id, status, page],
  );

  const redeliver = async (delivery: WebhookDelivery) => {
    setBusy(delivery.id);
    try {
      await unwrap(client.POST('/api/v1/webhook-deliveries/{id}/redeliver', { params: { path: { id: delivery.id } } }));
      message.success(t('webhooks.redelivered'));
      await reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Drawer open={webhook !== null} onClose={onClose} size="large" title={t('webhooks.deliveriesOf', { url: webhook?.url ?? '' })} destroyOnHidden>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('common.status')}
          value={status}
          onChange={(value: WebhookDeliveryStatus | undefined) => {
            setStatus(value);
            setPage(1);
          }}
          options={STATUSES.map((s) => ({ value: s, label: t(`outbox.status.${s}`) }))}
          style={{ width: 160 }}
          aria-label={t('common.status')}
        />
        <Button icon={<ReloadOutlined />} onClick={() => void reload()}>
          {t('common.refresh')}
        </Button>
      </Flex>
      <ErrorAlert error={error} />
      <Table<WebhookDelivery>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={data?.items ?? []}
        scroll={{ x: 'max-content' }}
        data-testid="webhook-deliveries"
        pagination={{ current: page, pageSize: PAGE_SIZE, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        expandable={{ expandedRowRender: (d) => <DeliveryDetail id={d.id} /> }}
        columns={[
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTime },
          { title: t('webhooks.event'), dataIndex: 'type', render: (type: string) => (isWebhookEvent(type) ? t(WEBHOOK_EVENT_LABELS[type]) : type) },
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: WebhookDeliveryStatus) => <Tag color={STATUS_COLOR[s]}>{t(`outbox.status.${s}`)}</Tag>,
          },
          { title: t('outbox.attempts'), dataIndex: 'attempts' },
          { title: t('outbox.lastError'), dataIndex: 'lastError', render: (v: string | null) => v ?? '—' },
          { title: t('outbox.nextAttemptAt'), dataIndex: 'nextAttemptAt', render: formatTime, responsive: ['lg'] },
          { title: t('outbox.sentAt'), dataIndex: 'deliveredAt', render: formatTime, responsive: ['lg'] },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_v, d) => (
              <Button size="small" icon={<RedoOutlined />} loading={busy === d.id} onClick={() => void redeliver(d)} data-testid={`webhook-redeliver-${d.id}`}>
                {t('webhooks.redeliver')}
              </Button>
            ),
          },
        ]}
      />
    </Drawer>
  );
}
