import { Col, Row, Spin } from 'antd';
import { client, unwrap } from '../../api/client';
import { SetupBanner } from '../setup/SetupWizard';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { useMe } from '../../state/SessionContext';
import { can } from '../../state/permissions';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  BlockersWidget,
  CardsWidget,
  ConfirmationsWidget,
  ContributionWidget,
  FlagsWidget,
  KpiWidget,
  QueueWidget,
  SpotCheckWidget,
  StaleWidget,
} from './HomeWidgets';

/**
 * 工作台: what each role reads first — a rep's queue, 断点 and flags; a supervisor's team work,
 * flags to review and spot check; the managers' KPIs, contribution and 协作堵点看板; finance's and
 * product's 待我确认 and cards. One server answer (GET /home) in the caller's scope.
 */
export function HomePage() {
  const me = useMe();
  const { t } = useI18n();
  const { t: th } = useI18n('home');
  const { data, error, loading } = useLoad(() => unwrap(client.GET('/api/v1/home')), [me.id]);
  const team = me.role !== 'sales';
  const reviewer = me.role !== 'sales';
  const col = { xs: 24, lg: 12 };

  return (
    <>
      <PageHeader title={t('menu.home')} sub={t('home.welcome', { name: me.displayName || me.username })} />
      {can.admin(me) ? <SetupBanner /> : null}
      <ErrorAlert error={error} />
      {loading && !data ? <Spin aria-label={th('loading')} /> : null}
      {data ? (
        <Row gutter={[16, 16]} data-testid="home-widgets" data-role={data.role}>
          {data.blockers ? (
            <Col xs={24}>
              <BlockersWidget blockers={data.blockers} />
            </Col>
          ) : null}
          {data.kpi ? (
            <Col xs={24}>
              <KpiWidget kpi={data.kpi} />
            </Col>
          ) : null}
          {data.contribution ? (
            <Col {...col}>
              <ContributionWidget contribution={data.contribution} />
            </Col>
          ) : null}
          {data.confirmations ? (
            <Col {...col}>
              <ConfirmationsWidget confirmations={data.confirmations} />
            </Col>
          ) : null}
          {data.cards ? (
            <Col {...col}>
              <CardsWidget cards={data.cards} />
            </Col>
          ) : null}
          {data.queue ? (
            <Col {...col}>
              <QueueWidget queue={data.queue} team={team} />
            </Col>
          ) : null}
          {data.flags ? (
            <Col {...col}>
              <FlagsWidget flags={data.flags} reviewer={reviewer} />
            </Col>
          ) : null}
          {data.spotCheck ? (
            <Col {...col}>
              <SpotCheckWidget spot={data.spotCheck} />
            </Col>
          ) : null}
          {data.stale ? (
            <Col {...col}>
              <StaleWidget stale={data.stale} />
            </Col>
          ) : null}
        </Row>
      ) : null}
    </>
  );
}
