import { lazy, Suspense, useState } from 'react';
import { Card, Empty, Segmented, Spin, Table } from 'antd';
import { BarChartOutlined, TableOutlined } from '@ant-design/icons';
import { useI18n } from '../../state/LocaleContext';
import type { StaleGroup } from '../../api/types';

const MAX_BARS = 12;
// ECharts is large: load it only when a chart is shown.
const BarChart = lazy(() => import('../../components/BarChart').then((m) => ({ default: m.BarChart })));

interface Props {
  title: string;
  /** Column header of the table view, e.g. 区域. */
  dimension: string;
  groups: StaleGroup[];
  color: string;
  onSelect: (key: string | null) => void;
  testId: string;
}

/** One breakdown of the stale list (by region, product line or rep) as bars or a table. */
export function StaleGroupCard({ title, dimension, groups, color, onSelect, testId }: Props) {
  const { t } = useI18n();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const sorted = [...groups].sort((a, b) => b.count - a.count);
  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      extra={
        <Segmented
          size="small"
          value={view}
          onChange={(value) => setView(value as 'chart' | 'table')}
          options={[
            { value: 'chart', icon: <BarChartOutlined />, title: t('stale.view.chart') },
            { value: 'table', icon: <TableOutlined />, title: t('stale.view.table') },
          ]}
        />
      }
    >
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : view === 'chart' ? (
        <Suspense fallback={<Spin />}>
          <BarChart
            bars={sorted.slice(0, MAX_BARS).map((g) => ({ key: g.key, label: g.label, value: g.count }))}
            height={Math.max(120, Math.min(sorted.length, MAX_BARS) * 28 + 24)}
            color={color}
            onSelect={(bar) => onSelect(bar.key)}
            data-testid={`${testId}-chart`}
          />
        </Suspense>
      ) : (
        <Table<StaleGroup>
          size="small"
          rowKey={(g) => String(g.key ?? '∅')}
          dataSource={sorted}
          pagination={sorted.length > 8 ? { pageSize: 8, size: 'small', showSizeChanger: false } : false}
          onRow={(g) => ({ onClick: () => onSelect(g.key), style: { cursor: 'pointer' } })}
          columns={[
            { title: dimension, dataIndex: 'label' },
            { title: t('stale.count'), dataIndex: 'count', width: 80, align: 'right' },
          ]}
        />
      )}
    </Card>
  );
}
