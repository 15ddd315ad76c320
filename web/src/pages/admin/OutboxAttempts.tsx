import { Table, Tag, Typography } from 'antd';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import dayjs from 'dayjs';
import type { OutboxAttempt } from '../../api/types';

/** Every delivery attempt of one outbox message (loaded when its row is expanded). */
export function OutboxAttempts({ id }: { id: number }) {
  const { data, error, loading } = useLoad(() => unwrap(client.GET('/api/v1/outbox/{id}/attempts', { params: { path: { id } } })), [id]);
  return (
    <>
      <ErrorAlert error={error} />
      <AttemptTable attempts={data?.items ?? []} loading={loading} data-testid={`outbox-attempts-${id}`} />
    </>
  );
}

type Attempt = Omit<OutboxAttempt, 'code'> & { code?: string | null };

/** A delivery's attempts (outbox messages and webhook deliveries alike); `code` shows when attempts carry one. */
export function AttemptTable({ attempts, loading, 'data-testid': testId }: { attempts: Attempt[]; loading: boolean; 'data-testid'?: string }) {
  const { t } = useI18n();
  const withCode = attempts.some((a) => a.code !== undefined);
  return (
    <Table<Attempt>
      size="small"
      rowKey="attempt"
      loading={loading}
      dataSource={attempts}
      pagination={false}
      locale={{ emptyText: t('outbox.noAttempts') }}
      data-testid={testId}
      columns={[
        { title: '#', dataIndex: 'attempt', width: 50 },
        { title: t('outbox.at'), dataIndex: 'at', render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm:ss') : '—') },
        {
          title: t('outbox.result'),
          dataIndex: 'ok',
          render: (ok: boolean) => <Tag color={ok ? 'green' : 'red'}>{ok ? t('outbox.ok') : t('outbox.failed')}</Tag>,
        },
        { title: 'HTTP', dataIndex: 'httpStatus', render: (v: number | null) => v ?? '—' },
        ...(withCode ? [{ title: t('outbox.code'), dataIndex: 'code', render: (v: string | null) => v ?? '—' }] : []),
        { title: t('outbox.duration'), dataIndex: 'durationMs', render: (v: number | null) => (v === null || v === undefined ? '—' : `${v} ms`) },
        {
          title: t('outbox.response'),
          key: 'response',
          render: (_v, a) => (
            <Typography.Text
              style={{ maxWidth: 420, display: 'inline-block', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
              type={a.ok ? undefined : 'danger'}
            >
              {a.error || a.response || '—'}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
