import { useState } from 'react';
import { Alert, Card, Col, Descriptions, Row } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { serverNow } from '../../hooks/useServerClock';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { usePlaybook } from '../../state/usePlaybook';
import { can } from '../../state/permissions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { GradeTag } from '../../components/GradeTag';
import { FollowUpSection } from '../../components/FollowUpSection';
import { formatAmount, formatTime } from '../../format';
import { LostModal } from './LostModal';
import { MissingPanel } from './MissingPanel';
import { StageBar } from './StageBar';
import { StageFieldsPanel } from './StageFieldsPanel';
import { StageHistory } from './StageHistory';
import { StatusTag } from './StatusTag';
import { OpportunityContracts } from '../contracts/OpportunityContracts';
import { OpportunityQuotes } from './OpportunityQuotes';
import { OpportunityForecast } from './ForecastFields';
import { liveMissing } from './liveGate';

export function OpportunityDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { t, locale } = useI18n();
  const playbook = usePlaybook();
  const [losing, setLosing] = useState(false);
  const [typed, setTyped] = useState<Record<string, unknown> | null>(null);
  const { data: opp, error, loading, reload } = useLoad(() => unwrap(client.GET('/api/v1/opportunities/{id}', { params: { path: { id } } })), [id]);

  if (!opp) {
    return (
      <Card loading={loading}>
        <ErrorAlert error={error} />
      </Card>
    );
  }
  const canWrite = can.writeSales(me);
  const missing = liveMissing(opp, playbook.doc, canWrite ? typed : null, locale, new Date(serverNow()));
  const refresh = () => void reload();

  return (
    <>
      <PageHeader
        title={
          <>
            <Link to="/opportunities" aria-label={t('common.back')}>
              <ArrowLeftOutlined />
            </Link>{' '}
            {opp.name}
          </>
        }
        sub={t('opps.detail')}
      />
      <ErrorAlert error={error} />
      <Card style={{ marginBottom: 16 }}>
        <StageBar opportunity={opp} />
        {opp.status !== 'open' ? (
          <Alert
            style={{ marginTop: 16 }}
            type={opp.status === 'won' ? 'success' : 'warning'}
            title={t('opps.closed', { status: t(`opps.status.${opp.status}`) })}
            description={opp.lostReason ?? undefined}
          />
        ) : null}
        <Descriptions
          style={{ marginTop: 16 }}
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            {
              key: 'customer',
              label: t('common.customer'),
              children: (
                <>
                  <Link to={`/customers/${opp.customerId}`}>{opp.customerName}</Link> <GradeTag grade={opp.customerGrade} />
                </>
              ),
            },
            { key: 'amount', label: t('common.amount'), children: formatAmount(opp.amount) },
            { key: 'status', label: t('common.status'), children: <StatusTag status={opp.status} /> },
            { key: 'productLine', label: t('common.productLine'), children: playbook.choiceLabel(playbook.doc?.productLines, opp.productLine) },
            { key: 'owner', label: t('common.owner'), children: opp.ownerName ?? '—' },
            { key: 'stageEnteredAt', label: t('common.stage'), children: `${playbook.stageLabel(opp.stage)} · ${formatTime(opp.stageEnteredAt)}` },
          ]}
        />
      </Card>
      <OpportunityForecast opportunity={opp} canWrite={canWrite} onChanged={refresh} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={10}>
          {opp.status === 'open' ? (
            <div style={{ marginBottom: 16 }}>
              <MissingPanel nextStage={opp.gate?.nextStage ?? null} missing={missing} />
            </div>
          ) : null}
          <Card size="small" title={t('opps.history')}>
            <StageHistory history={opp.history ?? []} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <StageFieldsPanel opportunity={opp} missing={missing} onTyped={setTyped} canWrite={canWrite} onChanged={refresh} onMarkLost={() => setLosing(true)} />
        </Col>
      </Row>
      <OpportunityQuotes opportunity={opp} onChanged={refresh} />
      <OpportunityContracts opportunity={opp} />
      <FollowUpSection targetType="opportunity" targetId={opp.id} canWrite={canWrite && opp.status === 'open'} onChanged={refresh} />
      <LostModal
        opportunity={losing ? opp : null}
        onClose={() => setLosing(false)}
        onDone={() => {
          setLosing(false);
          refresh();
        }}
      />
    </>
  );
}
