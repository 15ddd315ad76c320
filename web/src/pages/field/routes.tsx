import { lazy, Suspense, type ReactNode } from 'react';
import { Spin } from 'antd';
import { Route } from 'react-router-dom';
import { RoleGate } from '../../components/RoleGate';
import { canSeeMap, canSeeTodayVisits } from './access';

// The map carries Leaflet: load it (and its CSS) only when the page is opened.
const MapPage = lazy(() => import('./MapPage').then((m) => ({ default: m.MapPage })));
const TodayVisitsPage = lazy(() => import('./TodayVisitsPage').then((m) => ({ default: m.TodayVisitsPage })));

const loading = (page: ReactNode) => <Suspense fallback={<Spin style={{ display: 'block', margin: '48px auto' }} />}>{page}</Suspense>;

/** 地图 and 今日拜访; called as a function inside <Routes> so they stay plain <Route> elements. */
export function fieldRoutes() {
  return (
    <>
      <Route path="map" element={<RoleGate allow={canSeeMap}>{loading(<MapPage />)}</RoleGate>} />
      <Route path="field/today" element={<RoleGate allow={canSeeTodayVisits}>{loading(<TodayVisitsPage />)}</RoleGate>} />
    </>
  );
}
