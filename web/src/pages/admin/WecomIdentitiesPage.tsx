import { useState } from 'react';
import { App, Button, Card, Form, Input, Modal, Table, Tag, Typography } from 'antd';
import { client, errorMessage, unwrap } from '../../api/client';
import type { WecomIdentities } from '../../api/types';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { UserSelect } from '../../components/UserSelect';
import { CustomerSelect } from '../../components/CustomerSelect';
import { formatTime } from '../../format';
import { buttonTestId } from '../../components/testIds';

type Mapping = { kind: 'staff'; id: string; userId?: string } | { kind: 'external'; id: string; customerId?: string; name?: string | null };

/** 管理 → 企业微信身份: who is who in the chat archive, and the ids it names that nobody mapped yet. */
export function WecomIdentitiesPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { data, error, loading, reload } = useLoad(() => unwrap(client.GET('/api/v1/integrations/wecom/identities')), []);
  const [editing, setEditing] = useState<Mapping | null>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  const edit = (mapping: Mapping) => {
    setEditing(mapping);
    setTarget(mapping.kind === 'staff' ? (mapping.userId ?? null) : (mapping.customerId ?? null));
    setName(mapping.kind === 'external' ? (mapping.name ?? '') : '');
  };
  const save = async () => {
    if (!editing || !target) return;
    setBusy(true);
    try {
      const body =
        editing.kind === 'staff'
          ? { staff: [{ wecomUserId: editing.id, userId: target }] }
          : { externalContacts: [{ externalUserId: editing.id, customerId: target, name: name.trim() || null }] };
      await unwrap(client.POST('/api/v1/integrations/wecom/identities', { body }));
      message.success(t('common.saved'));
      setEditing(null);
      await reload();
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  type Unmatched = WecomIdentities['unmatched']['staff'][number];
  const unmatchedColumns = (kind: Mapping['kind']) => [
    { title: t('wecom.id'), dataIndex: 'id', render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
    { title: t('wecom.messages'), dataIndex: 'messages' },
    { title: t('wecom.lastSeen'), dataIndex: 'lastSeenAt', render: formatTime },
    {
      title: t('common.actions'),
      key: 'map',
      render: (_: unknown, u: Unmatched) => (
        <Button size="small" type="primary" onClick={() => edit({ kind, id: u.id })} data-testid={`wecom-map-${u.id}`}>
          {t('wecom.map')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t('menu.wecom')} />
      <Typography.Paragraph type="secondary">{t('wecom.intro')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Card size="small" title={t('wecom.unmatched')} style={{ marginBottom: 16 }}>
        <Typography.Title level={5}>{t('wecom.staff')}</Typography.Title>
        <Table
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.unmatched.staff ?? []}
          columns={unmatchedColumns('staff')}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="wecom-unmatched-staff"
        />
        <Typography.Title level={5}>{t('wecom.externalContacts')}</Typography.Title>
        <Table
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={data?.unmatched.externalContacts ?? []}
          columns={unmatchedColumns('external')}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          data-testid="wecom-unmatched-external"
        />
      </Card>
      <Card size="small" title={t('wecom.staff')} style={{ marginBottom: 16 }}>
        <Table
          rowKey="wecomUserId"
          size="small"
          loading={loading}
          dataSource={data?.staff ?? []}
          data-testid="wecom-staff"
          columns={[
            { title: t('wecom.id'), dataIndex: 'wecomUserId', render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
            { title: t('wecom.user'), dataIndex: 'userName' },
            { title: t('wecom.updatedAt'), dataIndex: 'updatedAt', render: formatTime },
            {
              title: t('common.actions'),
              key: 'edit',
              render: (_, s) => (
                <Button size="small" onClick={() => edit({ kind: 'staff', id: s.wecomUserId, userId: s.userId })}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('wecom.externalContacts')}>
        <Table
          rowKey="externalUserId"
          size="small"
          loading={loading}
          dataSource={data?.externalContacts ?? []}
          data-testid="wecom-external"
          columns={[
            { title: t('wecom.id'), dataIndex: 'externalUserId', render: (id: string) => <Typography.Text code>{id}</Typography.Text> },
            { title: t('wecom.contactName'), dataIndex: 'name', render: (v: string | null) => v ?? '—' },
            { title: t('wecom.customer'), dataIndex: 'customerName' },
            {
              title: t('wecom.consent'),
              dataIndex: 'consent',
              render: (v: 'agreed' | 'disagreed' | null) =>
                v === 'disagreed' ? (
                  <Tag color="red">{t('wecom.consent.disagreed')}</Tag>
                ) : v === 'agreed' ? (
                  <Tag color="green">{t('wecom.consent.agreed')}</Tag>
                ) : (
                  <Tag>{t('wecom.consent.unknown')}</Tag>
                ),
            },
            { title: t('wecom.updatedAt'), dataIndex: 'updatedAt', render: formatTime },
            {
              title: t('common.actions'),
              key: 'edit',
              render: (_, e) => (
                <Button size="small" onClick={() => edit({ kind: 'external', id: e.externalUserId, customerId: e.customerId, name: e.name })}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      <Modal
        open={editing !== null}
        title={editing ? `${t('wecom.map')} ${editing.id}` : ''}
        onCancel={() => setEditing(null)}
        onOk={() => void save()}
        okButtonProps={{ ...buttonTestId('wecom-save'), disabled: !target }}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form layout="vertical">
          {editing?.kind === 'staff' ? (
            <Form.Item label={t('wecom.user')} required>
              <UserSelect value={target} onChange={setTarget} data-testid="wecom-user" />
            </Form.Item>
          ) : (
            <>
              <Form.Item label={t('wecom.customer')} required>
                <CustomerSelect value={target} onChange={(v) => setTarget(v)} data-testid="wecom-customer" />
              </Form.Item>
              <Form.Item label={t('wecom.contactName')}>
                <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={100} placeholder="王总" />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
