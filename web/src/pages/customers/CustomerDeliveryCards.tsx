import { Card, Table } from 'antd';
import { Link } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import type { CustomerDeliveryView, TaskCardStatus } from '../../api/types';
import type { MessageKey } from '../../i18n';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import { CardStatusTag } from '../collaboration/CardStatusTag';

type CardRow = CustomerDeliveryView['cards'][number];

/** The customer's collaboration cards, from delivery's read-only 360 view (交付团队只读权限). */
export function CustomerDeliveryCards({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const view = useLoad(() => unwrap(client.GET('/api/v1/customers/{id}/delivery-view', { params: { path: { id: customerId } } })), [customerId]);
  return (
    <Card size="small" title={t('customers.deliveryCards')} style={{ marginBottom: 16 }} data-testid="customer-delivery-cards">
      <ErrorAlert error={view.error} />
      <Table<CardRow>
        size="small"
        rowKey="id"
        loading={view.loading}
        dataSource={view.data?.cards ?? []}
        pagination={false}
        columns={[
          { title: t('customers.cardTitle'), dataIndex: 'title', render: (title: string, c) => <Link to={`/collaboration/cards/${c.id}`}>{title}</Link> },
          { title: t('customers.cardDepartment'), dataIndex: 'department', render: (d: string) => t(`card.kind.${d}` as MessageKey) },
          { title: t('common.status'), dataIndex: 'status', render: (s: string) => <CardStatusTag status={s as TaskCardStatus} /> },
          { title: t('customers.cardAssignee'), dataIndex: 'assigneeName', render: (v: string | null) => v ?? '—' },
          { title: t('customers.cardDue'), dataIndex: 'dueAt', render: (v: string) => formatTime(v) },
        ]}
      />
    </Card>
  );
}
