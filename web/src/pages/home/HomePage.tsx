import { Card, Col, Row, Statistic } from 'antd';
import { BookOutlined, FundOutlined, IdcardOutlined, InboxOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { client, unwrap } from '../../api/client';
import { SetupBanner } from '../setup/SetupWizard';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { can } from '../../state/permissions';
import { PageHeader } from '../../components/PageHeader';

/** A list's total (asked for with `page: 1, pageSize: 1`), or null when it cannot be read. */
async function countOf(call: Promise<{ data?: { total: number }; error?: unknown; response: Response }>): Promise<number | null> {
  try {
    return (await unwrap(call)).total;
  } catch {
    return null;
  }
}

const ONE = { page: 1, pageSize: 1 };

export function HomePage() {
  const me = useMe();
  const { t } = useI18n();
  const selling = can.seeLeads(me);
  const { data, loading } = useLoad(async () => {
    if (!selling) return null;
    const [myLeads, openOpportunities, poolLeads] = await Promise.all([
      countOf(client.GET('/api/v1/leads', { params: { query: { ownerId: me.id, ...ONE } } })),
      countOf(client.GET('/api/v1/opportunities', { params: { query: { status: 'open', ...ONE } } })),
      countOf(client.GET('/api/v1/leads', { params: { query: { pool: 'true', ...ONE } } })),
    ]);
    return { myLeads, openOpportunities, poolLeads };
  }, [me.id, selling]);
  const { data: customerCount } = useLoad(
    async () => (selling || !can.seeCustomers(me) ? null : countOf(client.GET('/api/v1/customers', { params: { query: ONE } }))),
    [me.role, selling],
  );

  return (
    <>
      <PageHeader title={t('menu.home')} sub={t('home.welcome', { name: me.displayName || me.username })} />
      {can.admin(me) ? <SetupBanner /> : null}
      {selling ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} sm={8}>
            <Link to="/leads?tab=mine">
              <Card hoverable loading={loading} data-testid="count-my-leads">
                <Statistic title={t('home.myLeads')} value={data?.myLeads ?? '—'} prefix={<UsergroupAddOutlined />} />
              </Card>
            </Link>
          </Col>
          <Col xs={24} sm={8}>
            <Link to="/opportunities">
              <Card hoverable loading={loading} data-testid="count-open-opportunities">
                <Statistic title={t('home.openOpportunities')} value={data?.openOpportunities ?? '—'} prefix={<FundOutlined />} />
              </Card>
            </Link>
          </Col>
          <Col xs={24} sm={8}>
            <Link to="/leads?tab=pool">
              <Card hoverable loading={loading} data-testid="count-pool-leads">
                <Statistic title={t('home.poolLeads')} value={data?.poolLeads ?? '—'} prefix={<InboxOutlined />} />
              </Card>
            </Link>
          </Col>
        </Row>
      ) : (
        <Row gutter={[16, 16]}>
          {can.seeCustomers(me) ? (
            <Col xs={24} sm={12}>
              <Link to="/customers">
                <Card hoverable>
                  <Statistic title={t('menu.customers')} value={customerCount ?? '—'} prefix={<IdcardOutlined />} />
                </Card>
              </Link>
            </Col>
          ) : null}
          <Col xs={24} sm={12}>
            <Link to="/settings/playbook">
              <Card hoverable title={t('menu.playbook')}>
                <BookOutlined /> {t('playbook.title')}
              </Card>
            </Link>
          </Col>
        </Row>
      )}
    </>
  );
}
