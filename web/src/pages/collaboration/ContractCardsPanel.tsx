import { Card, Col, Empty, Row } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Id, ListResult } from '../../types';
import type { TaskCard } from '../../types.collaboration';
import { CardTile } from './CardTile';

/** The contract's task cards (product, finance, delivery) on the contract page. */
export function ContractCardsPanel({ contractId }: { contractId: Id }) {
  const { t } = useI18n();
  const { data, error, loading } = useLoad(() => api.get<ListResult<TaskCard>>('/cards', { contractId: String(contractId), pageSize: 50 }), [contractId]);
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
