import { useState } from 'react';
import { Alert, Card, Col, Descriptions, Row } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useParams } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import { collab } from './access';
import { CardDue } from './CardDue';
import { CardPayload } from './CardPayload';
import { CardStatusTag } from './CardStatusTag';
import { CardWorkPanel } from './CardWorkPanel';
import type { TaskCard } from '../../api/types';

export function CardDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const { t } = useI18n();
  const [latest, setLatest] = useState<TaskCard | null>(null);
  const loaded = useLoad(async () => {
    const card = await unwrap(client.GET('/api/v1/cards/{id}', { params: { path: { id } } }));
    setLatest(null);
    return card;
  }, [id]);
  const card = latest && latest.id === id ? latest : loaded.data;
  if (!card) {
    return (
      <Card loading={loaded.loading}>
        <ErrorAlert error={loaded.error} />
      </Card>
    );
  }
  const overdue = card.overdue && card.status === 'open';
  const note = typeof card.result?.note === 'string' ? card.result.note : null;

  return (
    <div data-testid="card-page" data-status={card.status} data-overdue={overdue ? 'true' : 'false'}>
      <PageHeader
        title={
          <>
            <Link to="/collaboration" aria-label={t('common.back')}>
              <ArrowLeftOutlined />
            </Link>{' '}
            {t(`card.kind.${card.department}`)}
            {t('collab.sep')}
            {card.contractTitle}
          </>
        }
        sub={t('card.detail')}
      />
      <ErrorAlert error={loaded.error} />
      {overdue ? <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('card.overdueBanner', { n: card.slaDays })} /> : null}
      {card.status === 'paused' ? <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('card.pausedBanner')} /> : null}
      {card.status === 'rejected' ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('card.rejectedBanner')} description={card.rejectionReason} />
      ) : null}
      <Card style={{ marginBottom: 16, ...(overdue ? { borderColor: '#ff4d4f' } : {}) }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            {
              key: 'contract',
              label: t('card.contract'),
              children: <Link to={`/contracts/${card.contractId}`}>{`${card.contractNumber} · ${card.contractTitle}`}</Link>,
            },
            { key: 'customer', label: t('common.customer'), children: card.customerName },
            { key: 'status', label: t('common.status'), children: <CardStatusTag status={card.status} /> },
            { key: 'assignee', label: t('card.assignee'), children: card.assigneeName ?? t('common.unassigned') },
            { key: 'rep', label: t('card.rep'), children: card.ownerName ?? '—' },
            { key: 'sla', label: t('card.sla'), children: t('card.slaDays', { n: card.slaDays }) },
            { key: 'createdAt', label: t('common.createdAt'), children: formatTime(card.createdAt) },
            { key: 'dueAt', label: t('card.dueAt'), children: formatTime(card.dueAt) },
            { key: 'countdown', label: t('card.countdown'), children: <CardDue card={card} /> },
            ...(note ? [{ key: 'note', label: t('card.note'), children: note }] : []),
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={collab.workCard(me, card.department) && card.status === 'open' ? 14 : 24}>
          <CardPayload payload={card.payload} />
        </Col>
        {collab.workCard(me, card.department) && card.status === 'open' ? (
          <Col xs={24} lg={10}>
            <CardWorkPanel card={card} onChanged={setLatest} />
          </Col>
        ) : null}
      </Row>
    </div>
  );
}
