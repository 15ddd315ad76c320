import { useState } from 'react';
import { App, Button, Modal, Popconfirm, Space, Switch, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { client, errorMessage, unwrap } from '../../api/client';
import type { Webhook } from '../../api/types';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { SecretOnce } from '../../components/SecretOnce';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import { WebhookDeliveries } from './WebhookDeliveries';
import { WebhookFormModal } from './WebhookFormModal';
import { isWebhookEvent, WEBHOOK_EVENT_LABELS } from './webhookEvents';

/** 管理 → Webhook: outgoing webhooks, their signing secrets and their delivery log with replay. */
export function WebhooksPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Webhook | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [deliveriesOf, setDeliveriesOf] = useState<Webhook | null>(null);
  const [rotated, setRotated] = useState<string | null>(null);
  const { data, error, loading, reload } = useLoad(async () => (await unwrap(client.GET('/api/v1/webhooks'))).items, []);

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
      await reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const setActive = (hook: Webhook, active: boolean) =>
    act(() => unwrap(client.PATCH('/api/v1/webhooks/{id}', { params: { path: { id: hook.id } }, body: { active } })), t('common.saved'));
  const remove = (hook: Webhook) => act(() => unwrap(client.DELETE('/api/v1/webhooks/{id}', { params: { path: { id: hook.id } } })), t('webhooks.deleted'));
  const rotate = (hook: Webhook) =>
    act(async () => {
      const updated = await unwrap(client.PATCH('/api/v1/webhooks/{id}', { params: { path: { id: hook.id } }, body: { rotateSecret: true } }));
      setRotated(updated.secret ?? null);
    }, t('webhooks.rotated'));

  return (
    <>
      <PageHeader
        title={t('menu.webhooks')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setEditing(null);
              setFormOpen(true);
            }}
            data-testid="webhook-create"
          >
            {t('webhooks.create')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">{t('webhooks.intro')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Table<Webhook>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        scroll={{ x: 'max-content' }}
        data-testid="webhooks-table"
        columns={[
          { title: t('webhooks.url'), dataIndex: 'url', render: (url: string) => <Typography.Text copyable>{url}</Typography.Text> },
          {
            title: t('webhooks.events'),
            dataIndex: 'events',
            render: (events: string[]) => (
              <Space size={[4, 4]} wrap style={{ maxWidth: 360 }}>
                {events.map((e) => (
                  <Tag key={e} title={e}>
                    {isWebhookEvent(e) ? t(WEBHOOK_EVENT_LABELS[e]) : e}
                  </Tag>
                ))}
              </Space>
            ),
          },
          { title: t('webhooks.description'), dataIndex: 'description', render: (v: string | null) => v ?? '—', responsive: ['md'] },
          {
            title: t('webhooks.active'),
            dataIndex: 'active',
            render: (active: boolean, hook) => (
              <Switch
                checked={active}
                onChange={(next) => void setActive(hook, next)}
                aria-label={t('webhooks.active')}
                data-testid={`webhook-active-${hook.id}`}
              />
            ),
          },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTime, responsive: ['lg'] },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_v, hook) => (
              <Space wrap>
                <Button size="small" onClick={() => setDeliveriesOf(hook)} data-testid={`webhook-deliveries-${hook.id}`}>
                  {t('webhooks.deliveries')}
                </Button>
                <Button
                  size="small"
                  onClick={() => {
                    setEditing(hook);
                    setFormOpen(true);
                  }}
                >
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('webhooks.confirmRotate')}
                  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- antd's Popconfirm awaits this promise (spinner on OK, closes when it settles); its type just says void.
                  onConfirm={() => rotate(hook)}
                >
                  <Button size="small">{t('webhooks.rotate')}</Button>
                </Popconfirm>
                <Popconfirm
                  title={t('webhooks.confirmDelete')}
                  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- antd's Popconfirm awaits this promise (spinner on OK, closes when it settles); its type just says void.
                  onConfirm={() => remove(hook)}
                >
                  <Button size="small" danger>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]}
      />
      <WebhookFormModal open={formOpen} editing={editing} onClose={() => setFormOpen(false)} onSaved={() => void reload()} />
      <WebhookDeliveries webhook={deliveriesOf} onClose={() => setDeliveriesOf(null)} />
      <Modal
        open={rotated !== null}
        title={t('webhooks.secretTitle')}
        onOk={() => setRotated(null)}
        onCancel={() => setRotated(null)}
        cancelButtonProps={{ style: { display: 'none' } }}
      >
        <SecretOnce secret={rotated ?? ''} warning={t('webhooks.secretOnce')} />
      </Modal>
    </>
  );
}
