import { Badge, Card, Col, Empty, Flex, Row, Typography } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { collab, DEPARTMENT_KEYS } from './access';
import { BoardFilters, type BoardQuery } from './BoardFilters';
import { CardTile } from './CardTile';
import { useCollaborationPolicy } from './policy';
import type { Department } from '../../api/types';

const KEYS: (keyof BoardQuery)[] = ['department', 'region', 'ownerId', 'status', 'overdue', 'contractId'];

/** 协作看板: one column per department, cards sorted by deadline; filters live in the URL. */
export function BoardPage() {
  const { t } = useI18n();
  const me = useMe();
  const { slaDays } = useCollaborationPolicy();
  const [params, setParams] = useSearchParams();
  const query: BoardQuery = {
    department: (params.get('department') as Department) || undefined,
    region: params.get('region') || undefined,
    ownerId: params.get('ownerId') || undefined,
    status: (params.get('status') as BoardQuery['status']) || undefined,
    overdue: params.get('overdue') === 'true' || undefined,
    contractId: params.get('contractId') || undefined,
  };
  const setQuery = (next: BoardQuery) => {
    const out = new URLSearchParams();
    for (const key of KEYS) if (next[key] !== undefined && next[key] !== '') out.set(key, String(next[key]));
    setParams(out, { replace: true });
  };
  const { data, error, loading } = useLoad(
    () => unwrap(client.GET('/api/v1/cards', { params: { query: { ...query, overdue: query.overdue ? 'true' : undefined, pageSize: 200 } } })),
    [params.toString()],
  );
  const own = collab.ownDepartment(me);
  const columns: Department[] = own ? [own] : query.department ? [query.department] : DEPARTMENT_KEYS;
  const cards = data?.items ?? [];

  return (
    <>
      <PageHeader title={t('menu.board')} sub={t('card.boardSub')} />
      <BoardFilters value={query} onChange={setQuery} />
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]} data-testid="board">
        {columns.map((department) => {
          const list = cards.filter((c) => c.department === department);
          const late = list.filter((c) => c.overdue && c.status === 'open').length;
          return (
            <Col key={department} xs={24} md={24 / Math.min(columns.length, 3)} data-testid={`board-column-${department}`}>
              <Card
                size="small"
                loading={loading && !data}
                title={
                  <Flex vertical>
                    <span>{t(`card.column.${department}`)}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
                      {t('card.slaDays', { n: slaDays[department] })}
                    </Typography.Text>
                  </Flex>
                }
                extra={
                  <Flex gap={4}>
                    <Badge count={list.length} showZero color="#1677ff" />
                    {late ? <Badge count={late} color="#ff4d4f" title={t('card.overdueTag')} /> : null}
                  </Flex>
                }
                styles={{ body: { background: '#fafafa', minHeight: 120 } }}
              >
                <Flex vertical gap={8}>
                  {list.length ? (
                    list.map((card) => <CardTile key={card.id} card={card} />)
                  ) : (
                    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('card.empty')} />
                  )}
                </Flex>
              </Card>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
