import { lazy, Suspense, type ComponentProps } from 'react';
import { Skeleton } from 'antd';

// ECharts is large: it loads with the first chart, not with the app.
const EChart = lazy(() => import('./EChart').then((m) => ({ default: m.EChart })));

export function LazyChart(props: ComponentProps<typeof EChart>) {
  return (
    <Suspense fallback={<Skeleton active style={{ height: props.height }} />}>
      <EChart {...props} />
    </Suspense>
  );
}
