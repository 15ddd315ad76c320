import { useState } from 'react';
import { Button, Flex, Table } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, asItems } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import type { ListResult, Team, User } from '../../types';
import { TeamFormModal } from './TeamFormModal';
import { TeamChannelsModal } from './TeamChannelsModal';

export function TeamsPage() {
  const { t } = useI18n();
  const playbook = usePlaybook();
  const [editing, setEditing] = useState<Team | null | undefined>(undefined);
  const [channelsOf, setChannelsOf] = useState<Team | null>(null);
  const { data, error, loading, reload } = useLoad(async () => {
    const [teams, users] = await Promise.all([
      api.get<Team[] | ListResult<Team>>('/teams', { pageSize: 200 }),
      api.get<User[] | ListResult<User>>('/users', { pageSize: 200 }).catch(() => []),
    ]);
    return { teams: asItems(teams), users: asItems(users) };
  }, []);
  const userName = (id: unknown) => {
    const user = data?.users.find((u) => String(u.id) === String(id));
    return user ? user.displayName || user.username : id === null || id === undefined ? '—' : String(id);
  };
  const teamName = (id: unknown) => data?.teams.find((team) => String(team.id) === String(id))?.name ?? (id === null || id === undefined ? '—' : String(id));

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
