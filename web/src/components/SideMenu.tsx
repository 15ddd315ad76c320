import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import {
  ApiOutlined,
  WechatOutlined,
  ApartmentOutlined,
  AuditOutlined,
  BookOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  MobileOutlined,
  DisconnectOutlined,
  AccountBookOutlined,
  DashboardOutlined,
  FundOutlined,
  IdcardOutlined,
  KeyOutlined,
  SendOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
  UsergroupAddOutlined,
  TagsOutlined,
  SyncOutlined,
  FieldTimeOutlined,
  QrcodeOutlined,
} from '@ant-design/icons';
import { useLocation, useNavigate } from 'react-router-dom';
import { useI18n } from '../state/LocaleContext';
import { useMe } from '../state/SessionContext';
import { can } from '../state/permissions';
import { AUTHENTICITY_ROOTS, useAuthenticityMenuItems } from '../pages/authenticity/menu';
import { COLLABORATION_ROOTS, collaborationMenuItems } from '../pages/collaboration/menu';
import { ANALYTICS_ROOTS, useAnalyticsMenuItems } from '../pages/analytics/menu';
import { FIELD_ROOTS, useFieldMenuItems } from '../pages/field/menu';

type MenuItem = Required<MenuProps>['items'][number];

const ROOTS = [
  '/queue',
  '/leads',
  '/customers',
  '/opportunities',
  '/products',
  '/devices',
  '/reports/stale',
  '/reports/receivables',
  '/reports/renewals',
  '/reports/contract-signing',
  '/settings/playbook',
  '/settings/calendar',
  '/admin/teams',
  '/admin/users',
  '/admin/tokens',
  '/admin/audit',
  '/admin/outbox',
  '/admin/webhooks',
  '/admin/wecom',
  ...AUTHENTICITY_ROOTS,
  ...COLLABORATION_ROOTS,
  ...ANALYTICS_ROOTS,
  ...FIELD_ROOTS,
];

/** Items the role cannot use are left out, not just disabled. */
export function SideMenu({ onNavigate }: { onNavigate?: () => void }) {
  const me = useMe();
  const { t } = useI18n();
  const { t: tDevices } = useI18n('devices');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const authenticityItems = useAuthenticityMenuItems(me);
  const analyticsItems = useAnalyticsMenuItems(me);
  const fieldItems = useFieldMenuItems(me);

  const items = [
    { key: '/', icon: <DashboardOutlined />, label: t('menu.home') },
    can.seeQueue(me) && { key: '/queue', icon: <CarryOutOutlined />, label: t('menu.queue') },
    can.seeQueue(me) && { key: '/m', icon: <MobileOutlined />, label: t('menu.phone') },
    can.seeLeads(me) && { key: '/leads', icon: <UsergroupAddOutlined />, label: t('menu.leads') },
    can.seeCustomers(me) && { key: '/customers', icon: <IdcardOutlined />, label: t('menu.customers') },
    can.seeOpportunities(me) && { key: '/opportunities', icon: <FundOutlined />, label: t('menu.opportunities') },
    ...fieldItems,
    can.seeProducts(me) && { key: '/products', icon: <TagsOutlined />, label: t('menu.products') },
    can.seeCustomers(me) && { key: '/devices', icon: <QrcodeOutlined />, label: tDevices('menu') },
    can.seeStaleReport(me) && { key: '/reports/stale', icon: <DisconnectOutlined />, label: t('menu.stale') },
    can.seeReceivables(me) && { key: '/reports/receivables', icon: <AccountBookOutlined />, label: t('menu.receivables') },
    can.seeContractReports(me) && { key: '/reports/renewals', icon: <SyncOutlined />, label: t('menu.renewals') },
    can.seeContractReports(me) && { key: '/reports/contract-signing', icon: <FieldTimeOutlined />, label: t('menu.contractSigning') },
    ...authenticityItems,
    ...collaborationMenuItems(me, t),
    ...analyticsItems,
    {
      key: 'settings',
      icon: <SettingOutlined />,
      label: t('menu.settings'),
      children: [
        { key: '/settings/playbook', icon: <BookOutlined />, label: t('menu.playbook') },
        { key: '/settings/calendar', icon: <CalendarOutlined />, label: t('menu.calendar') },
      ],
    },
    can.admin(me) && {
      key: 'admin',
      icon: <ApartmentOutlined />,
      label: t('menu.admin'),
      children: [
        { key: '/admin/teams', icon: <TeamOutlined />, label: t('menu.teams') },
        { key: '/admin/users', icon: <UserOutlined />, label: t('menu.users') },
        { key: '/admin/tokens', icon: <KeyOutlined />, label: t('menu.tokens') },
        { key: '/admin/audit', icon: <AuditOutlined />, label: t('menu.audit') },
        { key: '/admin/outbox', icon: <SendOutlined />, label: t('menu.outbox') },
        ...(can.manageWebhooks(me) ? [{ key: '/admin/webhooks', icon: <ApiOutlined />, label: t('menu.webhooks') }] : []),
        ...(can.manageWecom(me) ? [{ key: '/admin/wecom', icon: <WechatOutlined />, label: t('menu.wecom') }] : []),
      ],
    },
  ].filter(Boolean) as MenuItem[];

  const selected = ROOTS.find((root) => pathname === root || pathname.startsWith(`${root}/`)) ?? '/';

  return (
    <Menu
      theme="dark"
      mode="inline"
      selectedKeys={[selected]}
      defaultOpenKeys={['settings', 'admin']}
      items={items}
      data-testid="side-menu"
      onClick={({ key }) => {
        void navigate(key);
        onNavigate?.();
      }}
    />
  );
}
