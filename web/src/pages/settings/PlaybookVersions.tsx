import { Table } from 'antd';
import { api, asItems } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import type { ListResult, PlaybookVersion } from '../../types';

export function PlaybookVersions({ currentVersion }: { currentVersion: number }) {
  const { t } = useI18n();
  const { data, error, loading } = useLoad(
    async () => asItems(await api.get<PlaybookVersion[] | ListResult<PlaybookVersion>>('/playbook/versions')),
    [currentVersion],
  );
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
          { title: t('playbook.createdBy'), dataIndex: 'createdBy', render: (v: unknown) => (v === null || v === undefined ? '—' : String(v)) },
          { title: t('playbook.note'), dataIndex: 'note' },
        ]}
      />
    </>
  );
}
