import { Route } from 'react-router-dom';
import { RoleGate } from '../../components/RoleGate';
import { canReviewAuthenticity, canSeeSpotChecks } from './access';
import { FlagsPage } from './FlagsPage';
import { SpotCheckPage } from './SpotCheckPage';

/** 防伪跟进 pages; called as a function inside <Routes> so they stay plain <Route> elements. */
export function authenticityRoutes() {
  return (
    <>
      <Route
        path="authenticity/flags"
        element={
          <RoleGate allow={canReviewAuthenticity}>
            <FlagsPage />
          </RoleGate>
        }
      />
      <Route
        path="authenticity/spot-check"
        element={
          <RoleGate allow={canSeeSpotChecks}>
            <SpotCheckPage />
          </RoleGate>
        }
      />
    </>
  );
}
