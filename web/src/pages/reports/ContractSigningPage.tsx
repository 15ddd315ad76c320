import { useState } from 'react';
import { App, Button, Card, Segmented, Space, Statistic, Table, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { client, errorMessage, unwrap } from '../../api/client';
import type { ContractSigningItem } from '../../api/types';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatAmount, formatTime } from '../../format';
import { AS_FILE, downloadFile } from './exportFile';

type State = 'all' | 'unsigned' | 'signed' | 'late';

/** 合同签署时效性: days from 赢单 to signature, and won contracts still unsigned past the playbook's deadline. */
export function ContractSigningPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [state, setState] = useState<State>('all');
  const [exporting, setExporting] = useState(false);
  const query = { state: state === 'all' ? undefined : state };
  const report = useLoad(() => unwrap(client.GET('/api/v1/reports/contract-signing', { params: { query } })), [state]);

  const exportFile = async () => {
    setExporting(true);
    try {
      await downloadFile(client.GET('/api/v1/reports/contract-signing.xlsx', { params: { query }, ...AS_FILE }), 'contract-signing.xlsx');
    } catch (err) {
      message.error(errorMessage(err));
    } finally {
      setExporting(false);
    }
  };

  const data = report.data;
  return (
    <>
      <PageHeader
        title={t('signing.title')}
        sub={data ? t('signing.sub', { days: data.deadlineDays }) : undefined}
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportFile()} data-testid="signing-export">
            {t('signing.export')}
          </Button>
        }
      />
      <ErrorAlert error={report.error} />
      <Space size="large" style={{ marginBottom: 16 }}>
        <Card size="small">
          <Statistic title={t('signing.average')} value={data?.averageDaysToSign == null ? '—' : t('signing.days', { n: data.averageDaysToSign })} />
        </Card>
        <Card size="small">
          <Statistic title={t('signing.unsignedLate')} value={data?.unsignedLate.length ?? '—'} styles={{ content: { color: '#cf1322' } }} />
        </Card>
      </Space>
      <Card
        size="small"
        extra={
          <Segmented<State>
            value={state}
            onChange={setState}
            options={(['all', 'unsigned', 'signed', 'late'] as const).map((value) => ({ value, label: t(`signing.state.${value}`) }))}
          />
        }
      >
        <Table<ContractSigningItem>
          size="small"
          rowKey="contractId"
          loading={report.loading}
          dataSource={data?.items ?? []}
          pagination={{ pageSize: 20, showSizeChanger: false }}
          data-testid="signing-table"
          columns={[
            { title: t('signing.contract'), render: (_, c) => <Link to={`/contracts/${c.contractId}`}>{`${c.number} ${c.title}`}</Link> },
            { title: t('common.customer'), dataIndex: 'customerName' },
            { title: t('common.owner'), dataIndex: 'ownerName', render: (v: string | null) => v ?? '—' },
            { title: t('common.amount'), dataIndex: 'amount', align: 'right', render: (v: number) => formatAmount(v), sorter: (a, b) => a.amount - b.amount },
            { title: t('signing.wonAt'), dataIndex: 'wonAt', render: (v: string) => formatTime(v), sorter: (a, b) => a.wonAt.localeCompare(b.wonAt) },
            { title: t('signing.signedAt'), dataIndex: 'signedAt', render: (v: string | null) => (v ? formatTime(v) : '—') },
            {
              title: t('signing.daysToSign'),
              align: 'right',
              render: (_, c) => (
                <Space size={4}>
                  {c.daysToSign ?? t('signing.daysSinceWin', { n: c.daysSinceWin })}
                  {c.late ? <Tag color="red">{t('signing.late')}</Tag> : null}
                </Space>
              ),
              sorter: (a, b) => (a.daysToSign ?? a.daysSinceWin) - (b.daysToSign ?? b.daysSinceWin),
            },
          ]}
        />
      </Card>
    </>
  );
}
