import { Card, Col, Empty, Row } from 'antd';
import { Link } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CardTile } from './CardTile';

/** The contract's task cards (product, finance, delivery) on the contract page. */
export function ContractCardsPanel({ contractId }: { contractId: string }) {
  const { t } = useI18n();
  const { data, error, loading } = useLoad(() => unwrap(client.GET('/api/v1/cards', { params: { query: { contractId, pageSize: 50 } } })), [contractId]);
  const cards = data?.items ?? [];
  return (
    <Card
      size="small"
      title={t('card.ofContract')}
      loading={loading && !data}
      style={{ marginBottom: 16 }}
      extra={<Link to={`/collaboration?contractId=${contractId}`}>{t('menu.board')}</Link>}
      data-testid="contract-cards"
    >
      <ErrorAlert error={error} />
      {cards.length ? (
        <Row gutter={[12, 12]}>
          {cards.map((card) => (
            <Col key={card.id} xs={24} md={8}>
              <CardTile card={card} showDepartment />
            </Col>
          ))}
        </Row>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('card.empty')} />
      )}
    </Card>
  );
}
