import { useCallback } from 'react';
import { App as AntdApp, ConfigProvider, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { LocaleProvider, useI18n } from './state/LocaleContext';
import { SessionProvider, useSession } from './state/SessionContext';
import { AppLayout } from './components/AppLayout';
import { OfflineNotice } from './components/OfflineNotice';
import { RoleGate } from './components/RoleGate';
import { can } from './state/permissions';
import { LoginPage } from './pages/login/LoginPage';
import { HomePage } from './pages/home/HomePage';
import { LeadsPage } from './pages/leads/LeadsPage';
import { LeadDetailPage } from './pages/leads/LeadDetailPage';
import { CustomersPage } from './pages/customers/CustomersPage';
import { CustomerDetailPage } from './pages/customers/CustomerDetailPage';
import { OpportunitiesPage } from './pages/opportunities/OpportunitiesPage';
import { OpportunityDetailPage } from './pages/opportunities/OpportunityDetailPage';
import { PlaybookPage } from './pages/settings/PlaybookPage';
import { TeamsPage } from './pages/admin/TeamsPage';
import { UsersPage } from './pages/admin/UsersPage';
import { TokensPage } from './pages/admin/TokensPage';
import { WebhooksPage } from './pages/admin/WebhooksPage';
import { WecomIdentitiesPage } from './pages/admin/WecomIdentitiesPage';
import { AuditPage } from './pages/admin/AuditPage';
import { OutboxPage } from './pages/admin/OutboxPage';
import { QueuePage } from './pages/queue/QueuePage';
import { ReceivablesPage } from './pages/reports/ReceivablesPage';
import { ProductsPage } from './pages/products/ProductsPage';
import { RenewalsPage } from './pages/reports/RenewalsPage';
import { ContractSigningPage } from './pages/reports/ContractSigningPage';
import { StalePage } from './pages/reports/StalePage';
import { CalendarPage } from './pages/settings/CalendarPage';
import { authenticityRoutes } from './pages/authenticity/routes';
import { collaborationRoutes } from './pages/collaboration/routes';
import { analyticsRoutes } from './pages/analytics/routes';
import { fieldRoutes } from './pages/field/routes';
import { phoneRoutes } from './pages/phone/routes';
import { SetupWizard } from './pages/setup/SetupWizard';
import { DevicesPage } from './pages/devices/DevicesPage';
import { DeviceScanPage } from './pages/devices/DeviceScanPage';
import { ScanPage } from './pages/devices/ScanPage';
import { safeNext } from './pages/devices/safeNext';

/**
 * antd's default greys, blue, red, orange and green are below the WCAG AA contrast (4.5:1) for
 * body-size text on white; these tokens keep the look and pass it (checked by axe-core in the
 * browser tests).
 */
const ACCESSIBLE_THEME = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorWarning: '#ad6800',
    colorSuccess: '#237804',
    colorInfo: '#0958d9',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    // Empty-table and disabled text.
    colorTextQuaternary: 'rgba(0, 0, 0, 0.56)',
  },
};

export function App() {
  return (
    <LocaleProvider>
      <LocalizedApp />
    </LocaleProvider>
  );
}

function LocalizedApp() {
  const { locale } = useI18n();
  const navigate = useNavigate();
  // Reads window.location so the callback stays stable across navigations.
  const onSignedOut = useCallback(() => {
    const { pathname, search } = window.location;
    // A scanned device page answers signed-out visitors itself (public card or sign-in with a way back).
    if (!pathname.startsWith('/login') && !pathname.startsWith('/d/')) void navigate('/login', { replace: true, state: { from: pathname + search } });
  }, [navigate]);

  return (
    <ConfigProvider
      locale={locale === 'en' ? enUS : zhCN}
      theme={ACCESSIBLE_THEME}
      // Keeps two-character Chinese labels (领取, 保存) exactly as written.
      button={{ autoInsertSpace: false }}
    >
      <AntdApp>
        <SessionProvider onSignedOut={onSignedOut}>
          <OfflineNotice />
          <AppRoutes />
        </SessionProvider>
      </AntdApp>
    </ConfigProvider>
  );
}

function AppRoutes() {
  const { me } = useSession();
  if (me === undefined) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
        <Spin size="large" />
      </div>
    );
  }
  return (
    <Routes>
      <Route path="/login" element={me ? <AfterLogin /> : <LoginPage />} />
      {/* Phone pages outside the desk layout: a scanned device label, and the camera scan. */}
      <Route path="/d/:token" element={<DeviceScanPage />} />
      <Route path="/devices/scan" element={<ScanPage />} />
      <Route element={me ? <AppLayout /> : <Navigate to="/login" replace />}>
        <Route index element={<HomePage />} />
        <Route
          path="leads"
          element={
            <RoleGate allow={can.seeLeads}>
              <LeadsPage />
            </RoleGate>
          }
        />
        <Route
          path="leads/:id"
          element={
            <RoleGate allow={can.seeLeads}>
              <LeadDetailPage />
            </RoleGate>
          }
        />
        <Route
          path="customers"
          element={
            <RoleGate allow={can.seeCustomers}>
              <CustomersPage />
            </RoleGate>
          }
        />
        <Route
          path="customers/:id"
          element={
            <RoleGate allow={can.seeCustomers}>
              <CustomerDetailPage />
            </RoleGate>
          }
        />
        <Route
          path="opportunities"
          element={
            <RoleGate allow={can.seeOpportunities}>
              <OpportunitiesPage />
            </RoleGate>
          }
        />
        <Route
          path="opportunities/:id"
          element={
            <RoleGate allow={can.seeOpportunities}>
              <OpportunityDetailPage />
            </RoleGate>
          }
        />
        <Route
          path="products"
          element={
            <RoleGate allow={can.seeProducts}>
              <ProductsPage />
            </RoleGate>
          }
        />
        <Route path="devices" element={<DevicesPage />} />
        <Route
          path="queue"
          element={
            <RoleGate allow={can.seeQueue}>
              <QueuePage />
            </RoleGate>
          }
        />
        <Route
          path="reports/stale"
          element={
            <RoleGate allow={can.seeStaleReport}>
              <StalePage />
            </RoleGate>
          }
        />
        <Route
          path="reports/receivables"
          element={
            <RoleGate allow={can.seeReceivables}>
              <ReceivablesPage />
            </RoleGate>
          }
        />
        <Route
          path="reports/renewals"
          element={
            <RoleGate allow={can.seeContractReports}>
              <RenewalsPage />
            </RoleGate>
          }
        />
        <Route
          path="reports/contract-signing"
          element={
            <RoleGate allow={can.seeContractReports}>
              <ContractSigningPage />
            </RoleGate>
          }
        />
        <Route path="settings/playbook" element={<PlaybookPage />} />
        <Route
          path="setup"
          element={
            <RoleGate allow={can.admin}>
              <SetupWizard />
            </RoleGate>
          }
        />
        <Route path="settings/calendar" element={<CalendarPage />} />
        <Route
          path="admin/teams"
          element={
            <RoleGate allow={can.admin}>
              <TeamsPage />
            </RoleGate>
          }
        />
        <Route
          path="admin/users"
          element={
            <RoleGate allow={can.admin}>
              <UsersPage />
            </RoleGate>
          }
        />
        <Route
          path="admin/tokens"
          element={
            <RoleGate allow={can.admin}>
              <TokensPage />
            </RoleGate>
          }
        />
        <Route
          path="admin/wecom"
          element={
            <RoleGate allow={can.manageWecom}>
              <WecomIdentitiesPage />
            </RoleGate>
          }
        />
        <Route
          path="admin/webhooks"
          element={
            <RoleGate allow={can.manageWebhooks}>
              <WebhooksPage />
            </RoleGate>
          }
        />
        <Route
          path="admin/audit"
          element={
            <RoleGate allow={can.admin}>
              <AuditPage />
            </RoleGate>
          }
        />
        <Route
          path="admin/outbox"
          element={
            <RoleGate allow={can.admin}>
              <OutboxPage />
            </RoleGate>
          }
        />
        {collaborationRoutes()}
        {authenticityRoutes()}
        {analyticsRoutes()}
        {fieldRoutes()}
        {phoneRoutes()}
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}

function AfterLogin() {
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? new URLSearchParams(location.search).get('next');
  return <Navigate to={safeNext(from) ?? '/'} replace />;
}
