import { lazy, Suspense, type ReactNode } from 'react';
import { Spin } from 'antd';
import { Route } from 'react-router-dom';
import { RoleGate } from '../../components/RoleGate';
import { canSeeAppraisal, canSeeConcerns, canSeeContribution, canSeeForecast, canSeeHealthAlerts, canSeeKpi, canSeeRadar } from './access';

// The dashboards carry ECharts: load them (and it) only when one is opened.
const ContributionPage = lazy(() => import('./ContributionPage').then((m) => ({ default: m.ContributionPage })));
const RadarPage = lazy(() => import('./RadarPage').then((m) => ({ default: m.RadarPage })));
const ConcernsPage = lazy(() => import('./ConcernsPage').then((m) => ({ default: m.ConcernsPage })));
const ForecastPage = lazy(() => import('./ForecastPage').then((m) => ({ default: m.ForecastPage })));
const AppraisalPage = lazy(() => import('./AppraisalPage').then((m) => ({ default: m.AppraisalPage })));
const KpiPage = lazy(() => import('./KpiPage').then((m) => ({ default: m.KpiPage })));
const HealthAlertsPage = lazy(() => import('../health/HealthAlertsPage').then((m) => ({ default: m.HealthAlertsPage })));

const loading = (page: ReactNode) => <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>{page}</Suspense>;

/** Analytics and customer-health pages; called as a function inside <Routes> so they stay plain <Route> elements. */
export function analyticsRoutes() {
  return (
    <>
      <Route path="analytics/contribution" element={<RoleGate allow={canSeeContribution}>{loading(<ContributionPage />)}</RoleGate>} />
      <Route path="analytics/radar" element={<RoleGate allow={canSeeRadar}>{loading(<RadarPage />)}</RoleGate>} />
      <Route path="analytics/forecast" element={<RoleGate allow={canSeeForecast}>{loading(<ForecastPage />)}</RoleGate>} />
      <Route path="analytics/kpi" element={<RoleGate allow={canSeeKpi}>{loading(<KpiPage />)}</RoleGate>} />
      <Route path="analytics/concerns" element={<RoleGate allow={canSeeConcerns}>{loading(<ConcernsPage />)}</RoleGate>} />
      <Route path="analytics/appraisal" element={<RoleGate allow={canSeeAppraisal}>{loading(<AppraisalPage />)}</RoleGate>} />
      <Route path="health/alerts" element={<RoleGate allow={canSeeHealthAlerts}>{loading(<HealthAlertsPage />)}</RoleGate>} />
    </>
  );
}
