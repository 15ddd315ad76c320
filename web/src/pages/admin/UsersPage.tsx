import { useState } from 'react';
import { Button, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import { UserFormModal } from './UserFormModal';
import type { Team, User } from '../../api/types';

export function UsersPage() {
  const { t } = useI18n();
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const { data, error, loading, reload } = useLoad(async () => {
    const [users, teams] = await Promise.all([unwrap(client.GET('/api/v1/users')), unwrap(client.GET('/api/v1/teams')).catch(() => ({ items: [] as Team[] }))]);
    return { users: users.items, teams: teams.items };
  }, []);
  const teamName = (id: string | null) => (id === null ? '—' : (data?.teams.find((team) => team.id === id)?.name ?? id));

  return (
    <>
      <PageHeader
        title={t('menu.users')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="user-create">
            {t('admin.users.create')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      <Table<User>
        rowKey="id"
        loading={loading}
        dataSource={data?.users ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{ pageSize: 50 }}
        columns={[
          { title: t('admin.user.username'), dataIndex: 'username' },
          { title: t('admin.user.displayName'), dataIndex: 'displayName' },
          { title: t('admin.user.role'), dataIndex: 'role', render: (role: User['role']) => <Tag>{t(`role.${role}`)}</Tag> },
          { title: t('admin.user.team'), dataIndex: 'teamId', render: teamName, responsive: ['sm'] },
          { title: t('admin.user.region'), dataIndex: 'region', render: (region: string | null) => region ?? '—', responsive: ['md'] },
          {
            title: t('admin.user.active'),
            dataIndex: 'active',
            render: (on: boolean) => (on ? <Tag color="green">{t('common.yes')}</Tag> : <Tag>{t('common.no')}</Tag>),
          },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTime, responsive: ['md'] },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_v, user) => (
              <Button size="small" onClick={() => setEditing(user)}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <UserFormModal
        user={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void reload();
        }}
      />
    </>
  );
}
