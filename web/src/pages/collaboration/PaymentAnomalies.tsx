import { useState } from 'react';
import { App, Button, Card, Table, Tag, Typography } from 'antd';
import { ExclamationCircleOutlined, UnlockOutlined } from '@ant-design/icons';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatAmount, formatTime } from '../../format';
import { collab } from './access';
import { ReasonModal } from './ReasonModal';
import type { PaymentAnomaly } from '../../api/types';

/** 付款异常 on the customer page: finance marks one (freezing undelivered contracts) and lifts it with a resolution. */
export function PaymentAnomalies({ customerId, onChanged }: { customerId: string; onChanged?: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const { message } = App.useApp();
  const [marking, setMarking] = useState(false);
  const [resolving, setResolving] = useState<PaymentAnomaly | null>(null);
  const { data, error, loading, reload } = useLoad(
    () => unwrap(client.GET('/api/v1/customers/{id}/payment-anomalies', { params: { path: { id: customerId } } })),
    [customerId],
  );
  const finance = collab.managePayments(me);
  const done = async (text: string) => {
    message.success(text);
    await reload();
    onChanged?.();
  };

  return (
    <Card
      size="small"
      title={t('payment.title')}
      style={{ marginBottom: 16 }}
      data-testid="payment-anomalies"
      extra={
        finance ? (
          <Button danger size="small" icon={<ExclamationCircleOutlined />} onClick={() => setMarking(true)} data-testid="payment-mark">
            {t('payment.mark')}
          </Button>
        ) : null
      }
    >
      <ErrorAlert error={error} />
      <Table<PaymentAnomaly>
        size="small"
        rowKey="id"
        loading={loading}
        pagination={false}
        dataSource={data?.items ?? []}
        locale={{ emptyText: t('payment.none') }}
        columns={[
          {
            title: t('common.status'),
            dataIndex: 'status',
            render: (s: PaymentAnomaly['status']) => <Tag color={s === 'open' ? 'red' : 'green'}>{t(`payment.status.${s}`)}</Tag>,
          },
          { title: t('payment.reason'), dataIndex: 'reason' },
          { title: t('common.amount'), dataIndex: 'amount', align: 'right', render: formatAmount },
          { title: t('common.source'), dataIndex: 'source', render: (s: PaymentAnomaly['source']) => t(`payment.source.${s}`), responsive: ['md'] },
          { title: t('common.createdAt'), dataIndex: 'createdAt', render: formatTime, responsive: ['md'] },
          {
            title: t('payment.resolution'),
            dataIndex: 'resolution',
            render: (r: string | null, a) => (r ? <Typography.Text>{t('collab.paren', { text: r, note: formatTime(a.resolvedAt) })}</Typography.Text> : '—'),
          },
          ...(finance
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  render: (_: unknown, a: PaymentAnomaly) =>
                    a.status === 'open' ? (
                      <Button size="small" icon={<UnlockOutlined />} onClick={() => setResolving(a)} data-testid="payment-resolve">
                        {t('payment.resolve')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      <ReasonModal
        open={marking}
        title={t('payment.mark')}
        label={t('payment.reason')}
        okText={t('payment.markOk')}
        testId="payment-mark-dialog"
        withAmount
        danger
        onClose={() => setMarking(false)}
        onSubmit={async ({ text, amount }) => {
          const result = await unwrap(
            client.POST('/api/v1/customers/{id}/payment-anomalies', {
              params: { path: { id: customerId } },
              body: { reason: text, ...(amount !== null && amount !== undefined ? { amount } : {}) },
            }),
          );
          setMarking(false);
          await done(t('payment.marked', { n: result.frozen.length }));
        }}
      />
      <ReasonModal
        open={resolving !== null}
        title={t('payment.resolve')}
        label={t('payment.resolution')}
        okText={t('payment.resolve')}
        testId="payment-resolve-dialog"
        onClose={() => setResolving(null)}
        onSubmit={async ({ text }) => {
          const result = await unwrap(
            client.POST('/api/v1/payment-anomalies/{id}/resolve', { params: { path: { id: resolving!.id } }, body: { resolution: text } }),
          );
          setResolving(null);
          await done(t('payment.resolved', { n: result.unfrozen.length }));
        }}
      />
    </Card>
  );
}
