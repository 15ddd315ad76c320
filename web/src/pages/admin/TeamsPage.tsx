import { useState } from 'react';
import { Button, Flex, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import { TeamFormModal } from './TeamFormModal';
import { TeamChannelsModal } from './TeamChannelsModal';
import type { Team, User } from '../../api/types';

export function TeamsPage() {
  const { t } = useI18n();
  const playbook = usePlaybook();
  const [editing, setEditing] = useState<Team | null | undefined>(undefined);
  const [channelsOf, setChannelsOf] = useState<Team | null>(null);
  const { data, error, loading, reload } = useLoad(async () => {
    const [teams, users] = await Promise.all([unwrap(client.GET('/api/v1/teams')), unwrap(client.GET('/api/v1/users')).catch(() => ({ items: [] as User[] }))]);
    return { teams: teams.items, users: users.items };
  }, []);
  const userName = (id: string | null) => {
    const user = data?.users.find((u) => u.id === id);
    return user ? user.displayName || user.username : (id ?? '—');
  };
  const teamName = (id: string | null) => data?.teams.find((team) => team.id === id)?.name ?? id ?? '—';

  return (
    <>
      <PageHeader
        title={t('menu.teams')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)} data-testid="team-create">
            {t('admin.teams.create')}
          </Button>
        }
      />
      <ErrorAlert error={error} />
      <Table<Team>
        rowKey="id"
        loading={loading}
        dataSource={data?.teams ?? []}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('common.name'), dataIndex: 'name' },
          { title: t('common.region'), dataIndex: 'region', render: (key: string) => playbook.choiceLabel(playbook.doc?.regions, key) },
          { title: t('admin.team.supervisor'), dataIndex: 'supervisorId', render: userName },
          { title: t('admin.team.parent'), dataIndex: 'parentTeamId', render: teamName },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTime, responsive: ['md'] },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_v, team) => (
              <Flex gap={8}>
                <Button size="small" onClick={() => setEditing(team)}>
                  {t('common.edit')}
                </Button>
                <Button size="small" onClick={() => setChannelsOf(team)} data-testid={`team-channels-${team.id}`}>
                  {t('channels.action')}
                </Button>
              </Flex>
            ),
          },
        ]}
      />
      <TeamChannelsModal team={channelsOf} onClose={() => setChannelsOf(null)} />
      <TeamFormModal
        team={editing}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void reload();
        }}
      />
    </>
  );
}
