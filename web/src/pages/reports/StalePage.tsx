import { useState } from 'react';
import { App, Button, Card, Col, Row, Statistic, Tag } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import { client, errorMessage, unwrap } from '../../api/client';
import { useLoad } from '../../hooks/useLoad';
import { useI18n } from '../../state/LocaleContext';
import { PageHeader } from '../../components/PageHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatTime } from '../../format';
import { StaleFilters, type StaleFilterValues } from './StaleFilters';
import { StaleGroupCard } from './StaleGroupCard';
import { StaleTable } from './StaleTable';
import { AS_FILE, downloadFile } from './exportFile';

const FILTER_KEYS = ['region', 'productLine', 'ownerId', 'teamId'] as const;

/** 昨日断点清单: open leads and opportunities nobody has touched beyond the threshold. */
export function StalePage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  // Filters live in the URL so the daily digest can link to a team's list (?teamId=…).
  const [params, setParams] = useSearchParams();
  const filters: StaleFilterValues = Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? undefined]));
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [exporting, setExporting] = useState(false);
  const filterKey = params.toString();

  const { data, error, loading } = useLoad(
    () => unwrap(client.GET('/api/v1/reports/stale', { params: { query: { ...filters, page, pageSize } } })),
    [filterKey, page, pageSize],
  );

  const setFilters = (next: StaleFilterValues) => {
    const search = new URLSearchParams();
    for (const key of FILTER_KEYS) if (next[key]) search.set(key, next[key]);
    setPage(1);
    setParams(search, { replace: true });
  };
  const pick = (key: keyof StaleFilterValues) => (value: string | null) => {
    if (value !== null) setFilters({ ...filters, [key]: value });
  };

  const exportExcel = async () => {
    setExporting(true);
    try {
      await downloadFile(client.GET('/api/v1/reports/stale.xlsx', { params: { query: filters }, ...AS_FILE }), 'stale.xlsx');
    } catch (err) {
      message.error(t('stale.exportFailed', { message: errorMessage(err) }));
    } finally {
      setExporting(false);
    }
  };

  const groups = data?.groups ?? { region: [], productLine: [], owner: [] };
  return (
    <>
      <PageHeader
        title={t('stale.title')}
        sub={data ? t('stale.sub', { hours: data.thresholdHours }) : undefined}
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportExcel()} data-testid="stale-export">
            {t('stale.export')}
          </Button>
        }
      />
      <StaleFilters value={filters} onChange={setFilters} owners={groups.owner} />
      {filters.teamId ? (
        <Tag closable onClose={() => setFilters({ ...filters, teamId: undefined })} style={{ marginBottom: 12 }}>
          {t('stale.team')}: {data?.items.find((i) => i.teamId === filters.teamId)?.teamName ?? filters.teamId}
        </Tag>
      ) : null}
      <ErrorAlert error={error} />
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card size="small" loading={loading && !data}>
            <Statistic title={t('stale.total')} value={data?.total ?? '—'} styles={{ content: { color: '#cf1322' } }} data-testid="stale-total" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" loading={loading && !data}>
            <Statistic title={t('stale.threshold')} value={data?.thresholdHours ?? '—'} suffix={t('stale.hours')} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" loading={loading && !data}>
            <Statistic title={t('stale.reps')} value={data ? groups.owner.length : '—'} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" loading={loading && !data}>
            <Statistic title={t('stale.generatedAt')} value={data ? formatTime(data.generatedAt) : '—'} styles={{ content: { fontSize: 18 } }} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} lg={8}>
          <StaleGroupCard
            title={t('stale.byRegion')}
            dimension={t('common.region')}
            groups={groups.region}
            color="#1677ff"
            onSelect={pick('region')}
            testId="stale-group-region"
          />
        </Col>
        <Col xs={24} lg={8}>
          <StaleGroupCard
            title={t('stale.byProductLine')}
            dimension={t('common.productLine')}
            groups={groups.productLine}
            color="#13a8a8"
            onSelect={pick('productLine')}
            testId="stale-group-product-line"
          />
        </Col>
        <Col xs={24} lg={8}>
          <StaleGroupCard
            title={t('stale.byRep')}
            dimension={t('stale.rep')}
            groups={groups.owner}
            color="#fa8c16"
            onSelect={pick('ownerId')}
            testId="stale-group-owner"
          />
        </Col>
      </Row>
      <StaleTable
        items={data?.items ?? []}
        total={data?.total ?? 0}
        page={page}
        pageSize={pageSize}
        loading={loading}
        onPage={(next, size) => {
          setPage(size !== pageSize ? 1 : next);
          setPageSize(size);
        }}
      />
    </>
  );
}
