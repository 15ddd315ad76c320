import { useState } from 'react';
import { App, Button, Popconfirm, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { client, errorMessage, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import { TokenCreateModal } from './TokenCreateModal';
import type { ApiToken } from '../../api/types';

export function TokensPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [creating, setCreating] = useState(false);
  const { data, error, loading, reload } = useLoad(async () => (await unwrap(client.GET('/api/v1/tokens'))).items, []);

  const revoke = async (token: ApiToken) => {
    try {
      await unwrap(client.DELETE('/api/v1/tokens/{id}', { params: { path: { id: token.id } } }));
      message.success(t('admin.tokens.revoked'));
      await reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      <PageHeader
        title={t('menu.tokens')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="token-create">
            {t('admin.tokens.create')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      <Table<ApiToken>
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('admin.tokens.scopes'), dataIndex: 'scopes', render: (scopes: string[]) => (scopes ?? []).map((s) => <Tag key={s}>{s}</Tag>) },
          { title: t('admin.tokens.expiresAt'), dataIndex: 'expiresAt', render: formatTime },
          { title: t('admin.tokens.lastUsed'), dataIndex: 'lastUsedAt', render: formatTime, responsive: ['md'] },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTime, responsive: ['md'] },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_v, token) =>
              token.revokedAt ? (
                <Tag>{t('admin.tokens.revoked')}</Tag>
              ) : (
                <Popconfirm
                  title={t('admin.tokens.confirmRevoke')}
                  // eslint-disable-next-line @typescript-eslint/no-misused-promises -- antd's Popconfirm awaits this promise (spinner on OK, closes when it settles); its type just says void.
                  onConfirm={() => revoke(token)}
                >
                  <Button size="small" danger data-testid={`token-revoke-${token.id}`}>
                    {t('admin.tokens.revoke')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <TokenCreateModal open={creating} onClose={() => setCreating(false)} onCreated={() => void reload()} />
    </>
  );
}
