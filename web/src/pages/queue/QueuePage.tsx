import { Button, Spin, Tabs, Tag } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { can } from '../../state/permissions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { refreshAll } from '../../state/refresh';
import { QueueGroups } from './QueueGroups';
import { TeamQueue } from './TeamQueue';

/** 我的待办: first responses, planned follow-ups and rule tasks by urgency. */
export function QueuePage() {
  const me = useMe();
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const team = can.superviseTeams(me);
  const tab = team && params.get('tab') === 'team' ? 'team' : 'mine';
  const { data, error, loading, reload } = useLoad(() => unwrap(client.GET('/api/v1/queue')), []);

  const counts = data?.counts;
  const mine = (
    <>
      {counts ? (
        <div style={{ marginBottom: 12 }} data-testid="queue-counts">
          <Tag color="red">
            {t('queue.state.overdue')} {counts.overdue}
          </Tag>
          <Tag color="orange">
            {t('queue.state.due_soon')} {counts.dueSoon}
          </Tag>
          <Tag color="blue">
            {t('queue.state.upcoming')} {counts.upcoming}
          </Tag>
        </div>
      ) : null}
      <ErrorAlert error={error} />
      <Spin spinning={loading}>{data ? <QueueGroups items={data.items} canComplete onChanged={() => void reload()} /> : null}</Spin>
    </>
  );

  return (
    <>
      <PageHeader
        title={t('menu.queue')}
        sub={t('queue.sub')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={refreshAll}>
            {t('common.refresh')}
          </Button>
        }
      />
      {team ? (
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'team' ? { tab: 'team' } : {}, { replace: true })}
          items={[
            { key: 'mine', label: t('queue.tab.mine'), children: mine },
            { key: 'team', label: t('queue.tab.team'), children: <TeamQueue /> },
          ]}
          destroyOnHidden
        />
      ) : (
        mine
      )}
    </>
  );
}
