import { Route } from 'react-router-dom';
import { RoleGate } from '../../components/RoleGate';
import { can } from '../../state/permissions';
import { PhoneHomePage } from './PhoneHomePage';
import { QuickFollowupPage } from './QuickFollowupPage';

/** The rep's phone (the PWA's start page and its quick follow-up); plain <Route> elements inside <Routes>. */
export function phoneRoutes() {
  return (
    <>
      <Route
        path="m"
        element={
          <RoleGate allow={can.seeQueue}>
            <PhoneHomePage />
          </RoleGate>
        }
      />
      <Route
        path="m/followup"
        element={
          <RoleGate allow={can.writeSales}>
            <QuickFollowupPage />
          </RoleGate>
        }
      />
    </>
  );
}
