import { useState } from 'react';
import { Button, Card, Col, Descriptions, Row } from 'antd';
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { usePlaybook } from '../../state/usePlaybook';
import { can } from '../../state/permissions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { GradeTag } from '../../components/GradeTag';
import { FollowUpSection } from '../../components/FollowUpSection';
import { formatTime } from '../../format';
import { OpportunityTable } from '../opportunities/OpportunityTable';
import { OpportunityCreateModal } from '../opportunities/OpportunityCreateModal';
import { CustomerCollaboration } from '../collaboration/CustomerCollaboration';
import { CustomerHealthCard } from '../health/CustomerHealthCard';
import { CustomerConversation } from './CustomerConversation';
import { CustomerContacts } from './CustomerContacts';
import { CustomerCommitments } from './CustomerCommitments';
import { CustomerPhotos } from './CustomerPhotos';
import { CustomerDeliveryCards } from './CustomerDeliveryCards';

export function CustomerDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { t } = useI18n();
  const playbook = usePlaybook();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const customer = useLoad(() => unwrap(client.GET('/api/v1/customers/{id}', { params: { path: { id } } })), [id]);
  const opportunities = useLoad(() => unwrap(client.GET('/api/v1/opportunities', { params: { query: { customerId: id, pageSize: 100 } } })), [id]);
  const c = customer.data;
  const canWrite = can.writeSales(me);

  if (!c) {
    return (
      <Card loading={customer.loading}>
        <ErrorAlert error={customer.error} />
      </Card>
    );
  }

  return (
    <>
      <PageHeader
        title={
          <>
            <Link to="/customers" aria-label={t('common.back')}>
              <ArrowLeftOutlined />
            </Link>{' '}
            {c.name} <GradeTag grade={c.grade} />
          </>
        }
        sub={t('customers.detail')}
        extra={
          canWrite ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="opportunity-create">
              {t('opps.create')}
            </Button>
          ) : null
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'type', label: t('common.type'), children: t(c.type === 'B2B' ? 'type.B2B' : 'type.B2C') },
            { key: 'grade', label: t('common.grade'), children: <GradeTag grade={c.grade} /> },
            { key: 'region', label: t('common.region'), children: playbook.choiceLabel(playbook.doc?.regions, c.region) },
            { key: 'industry', label: t('common.industry'), children: c.industry ?? '—' },
            { key: 'phone', label: t('common.phone'), children: c.phone ?? '—' },
            { key: 'owner', label: t('common.owner'), children: c.ownerName ?? '—' },
            { key: 'createdAt', label: t('common.createdAt'), children: formatTime(c.createdAt) },
            { key: 'lastActivityAt', label: t('common.lastActivityAt'), children: formatTime(c.lastActivityAt) },
          ]}
        />
      </Card>
      <CustomerContacts customerId={c.id} canWrite={canWrite} />
      <Card size="small" title={t('customers.opportunities')} style={{ marginBottom: 16 }}>
        <ErrorAlert error={opportunities.error} />
        <OpportunityTable items={opportunities.data?.items ?? []} loading={opportunities.loading} pagination={false} hideCustomer />
      </Card>
      {/* Keyed by the last activity: a new follow-up reloads the health score. */}
      <CustomerHealthCard key={c.lastActivityAt} customerId={c.id} canWrite={canWrite} />
      <CustomerCollaboration customerId={c.id} />
      {me.role === 'delivery' ? <CustomerDeliveryCards customerId={c.id} /> : null}
      <CustomerCommitments customerId={c.id} canWrite={canWrite} />
      <CustomerPhotos customerId={c.id} canWrite={canWrite} />
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <FollowUpSection targetType="customer" targetId={c.id} canWrite={canWrite} onChanged={() => void customer.reload()} />
        </Col>
        {me.modules.chatArchive ? (
          <Col xs={24} xl={10}>
            <CustomerConversation customerId={c.id} />
          </Col>
        ) : null}
      </Row>
      <OpportunityCreateModal
        open={creating}
        customer={c}
        onClose={() => setCreating(false)}
        onCreated={(opp) => {
          setCreating(false);
          void navigate(`/opportunities/${opp.id}`);
        }}
      />
    </>
  );
}
