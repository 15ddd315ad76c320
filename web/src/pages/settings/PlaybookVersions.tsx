import { useState } from 'react';
import { App, Button, Popconfirm, Select, Space, Table, Typography } from 'antd';
import { RollbackOutlined, SwapOutlined } from '@ant-design/icons';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useSession } from '../../state/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import type { PlaybookChange, PlaybookComparison, PlaybookVersion } from '../../api/types';

const show = (value: unknown) => (value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value, null, 1));

/** 版本历史: every published version with its note; any two side by side; roll back to one (published again as a new version). */
export function PlaybookVersions({ currentVersion, editable }: { currentVersion: number; editable: boolean }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { reloadPlaybook, reloadMe } = useSession();
  const { data, error, loading } = useLoad(async () => (await unwrap(client.GET('/api/v1/playbook/versions'))).items, [currentVersion]);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [comparison, setComparison] = useState<PlaybookComparison | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const options = (data ?? []).map((v) => ({ value: v.version, label: `v${v.version}${v.note ? ` · ${v.note}` : ''}` }));

  const compare = async (a: number, b: number) => {
    setActionError(null);
    try {
      setComparison(await unwrap(client.GET('/api/v1/playbook/compare', { params: { query: { from: a, to: b } } })));
    } catch (err) {
      setActionError(err);
    }
  };

  const rollback = async (version: number) => {
    setActionError(null);
    try {
      const published = await unwrap(client.POST('/api/v1/playbook/versions/{version}/rollback', { params: { path: { version } }, body: {} }));
      message.success(t('designer.rolledBack', { version, to: published.version }));
      await Promise.all([reloadPlaybook(), reloadMe()]);
    } catch (err) {
      setActionError(err);
    }
  };

  return (
    <>
      <ErrorAlert error={error ?? actionError} />
      <Table<PlaybookVersion>
        size="small"
        rowKey="version"
        loading={loading}
        dataSource={data ?? []}
        pagination={{ pageSize: 20 }}
        data-testid="playbook-versions"
        columns={[
          { title: t('playbook.version', { version: '' }).trim(), dataIndex: 'version', render: (v: number) => `v${v}` },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTime },
          { title: t('playbook.createdBy'), dataIndex: 'createdBy', render: (v: string | null) => v ?? '—' },
          { title: t('playbook.note'), dataIndex: 'note' },
          {
            title: '',
            render: (_, v) => (
              <Space>
                {v.version !== currentVersion ? (
                  <Button size="small" icon={<SwapOutlined />} onClick={() => void compare(v.version, currentVersion)} data-testid={`compare-${v.version}`}>
                    {t('designer.compareWithCurrent')}
                  </Button>
                ) : null}
                {editable && v.version !== currentVersion ? (
                  <Popconfirm
                    title={t('designer.rollbackConfirm', { version: v.version })}
                    onConfirm={() => void rollback(v.version)}
                    okButtonProps={{ 'data-testid': 'rollback-confirm' }}
                  >
                    <Button size="small" icon={<RollbackOutlined />} data-testid={`rollback-${v.version}`}>
                      {t('designer.rollback')}
                    </Button>
                  </Popconfirm>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <Space style={{ margin: '12px 0' }} wrap>
        <Select placeholder="A" style={{ width: 220 }} value={from ?? undefined} options={options} onChange={setFrom} data-testid="compare-from" />
        <Select placeholder="B" style={{ width: 220 }} value={to ?? undefined} options={options} onChange={setTo} data-testid="compare-to" />
        <Button icon={<SwapOutlined />} disabled={!from || !to} onClick={() => from && to && void compare(from, to)} data-testid="compare-run">
          {t('designer.compare')}
        </Button>
      </Space>
      {comparison ? (
        <Table<PlaybookChange>
          size="small"
          rowKey="path"
          pagination={false}
          dataSource={comparison.changes}
          data-testid="compare-changes"
          locale={{ emptyText: t('designer.noChanges') }}
          columns={[
            { title: t('designer.setting'), dataIndex: 'path', render: (p: string) => <Typography.Text code>{p}</Typography.Text> },
            {
              title: `v${comparison.from.version}`,
              dataIndex: 'before',
              render: (v: unknown) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{show(v)}</pre>,
            },
            {
              title: `v${comparison.to.version}`,
              dataIndex: 'after',
              render: (v: unknown) => <pre style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{show(v)}</pre>,
            },
          ]}
        />
      ) : null}
    </>
  );
}
