import { Table } from 'antd';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import type { PlaybookVersion } from '../../api/types';

export function PlaybookVersions({ currentVersion }: { currentVersion: number }) {
  const { t } = useI18n();
  const { data, error, loading } = useLoad(async () => (await unwrap(client.GET('/api/v1/playbook/versions'))).items, [currentVersion]);
  return (
    <>
      <ErrorAlert error={error} />
      <Table<PlaybookVersion>
        size="small"
        rowKey="version"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('playbook.version', { version: '' }).trim(), dataIndex: 'version', render: (v: number) => `v${v}` },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTime },
          { title: t('playbook.createdBy'), dataIndex: 'createdBy', render: (v: string | null) => v ?? '—' },
          { title: t('playbook.note'), dataIndex: 'note' },
        ]}
      />
    </>
  );
}
