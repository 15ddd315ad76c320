import { useState } from 'react';
import { App, Button, Card, Descriptions, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { client, errorMessage, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { usePlaybook } from '../../state/usePlaybook';
import { can } from '../../state/permissions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LeadStatusTag } from '../../components/LeadStatusTag';
import { SlaCountdown } from '../../components/SlaCountdown';
import { FollowUpSection } from '../../components/FollowUpSection';
import { formatTime } from '../../format';
import { LeadAssignModal } from './LeadAssignModal';
import { LeadConvertModal } from './LeadConvertModal';

export function LeadDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { t } = useI18n();
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const navigate = useNavigate();
  const [assigning, setAssigning] = useState(false);
  const [converting, setConverting] = useState(false);
  const { data: lead, error, loading, reload } = useLoad(() => unwrap(client.GET('/api/v1/leads/{id}', { params: { path: { id } } })), [id]);

  if (!lead) {
    return (
      <Card loading={loading}>
        <ErrorAlert error={error} />
      </Card>
    );
  }

  const unassigned = lead.ownerId === null || lead.ownerId === undefined;
  const claim = async () => {
    try {
      await unwrap(client.POST('/api/v1/leads/{id}/claim', { params: { path: { id: lead.id } } }));
      message.success(t('leads.claimed'));
      await reload();
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      <PageHeader
        title={
          <>
            <Link to="/leads" aria-label={t('common.back')}>
              <ArrowLeftOutlined />
            </Link>{' '}
            {lead.name}
          </>
        }
        sub={t('leads.detail')}
        extra={
          <>
            {unassigned && can.writeSales(me) ? (
              <Button type="primary" onClick={() => void claim()} data-testid="lead-claim">
                {t('leads.claim')}
              </Button>
            ) : null}
            {can.assignLeads(me) ? (
              <Button onClick={() => setAssigning(true)} data-testid="lead-assign">
                {t('leads.assign')}
              </Button>
            ) : null}
            {lead.customerId ? (
              <Button onClick={() => void navigate(`/customers/${lead.customerId}`)}>{t('leads.viewCustomer')}</Button>
            ) : can.writeSales(me) ? (
              <Button type={unassigned ? 'default' : 'primary'} onClick={() => setConverting(true)} data-testid="lead-convert">
                {t('leads.convert')}
              </Button>
            ) : null}
          </>
        }
      />
      <ErrorAlert error={error} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'type', label: t('common.type'), children: <Tag>{t(lead.type === 'B2B' ? 'type.B2B' : 'type.B2C')}</Tag> },
            { key: 'region', label: t('common.region'), children: playbook.choiceLabel(playbook.doc?.regions, lead.region) },
            { key: 'productLine', label: t('common.productLine'), children: playbook.choiceLabel(playbook.doc?.productLines, lead.productLine) },
            { key: 'company', label: t('common.company'), children: lead.company ?? '—' },
            { key: 'phone', label: t('common.phone'), children: lead.phone ?? '—' },
            { key: 'source', label: t('common.source'), children: lead.source ?? '—' },
            { key: 'owner', label: t('common.owner'), children: lead.ownerName ?? <Tag>{t('common.unassigned')}</Tag> },
            { key: 'status', label: t('common.status'), children: <LeadStatusTag status={lead.status} /> },
            { key: 'sla', label: t('sla.column'), children: <SlaCountdown lead={lead} /> },
            { key: 'createdAt', label: t('common.createdAt'), children: formatTime(lead.createdAt) },
            { key: 'lastActivityAt', label: t('common.lastActivityAt'), children: formatTime(lead.lastActivityAt) },
          ]}
        />
      </Card>
      <FollowUpSection targetType="lead" targetId={lead.id} canWrite={can.writeSales(me)} onChanged={() => void reload()} />
      <LeadAssignModal
        lead={lead}
        open={assigning}
        onClose={() => setAssigning(false)}
        onDone={() => {
          setAssigning(false);
          void reload();
        }}
      />
      <LeadConvertModal
        lead={lead}
        open={converting}
        onClose={() => setConverting(false)}
        onDone={(result) => {
          setConverting(false);
          void navigate(result.opportunity ? `/opportunities/${result.opportunity.id}` : `/customers/${result.customer.id}`);
        }}
      />
    </>
  );
}
