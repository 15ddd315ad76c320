import { useState } from 'react';
import { Button, Drawer, Dropdown, Flex, Grid, Layout, Typography, theme } from 'antd';
import { LogoutOutlined, MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Outlet, useNavigate } from 'react-router-dom';
import { useI18n } from '../state/LocaleContext';
import { useMe, useSession } from '../state/SessionContext';
import { LanguageSwitch } from './LanguageSwitch';
import { SideMenu } from './SideMenu';
import { InboxBell } from './InboxBell';
import { TimeMachine } from './TimeMachine';
import { DataFreshnessNotice } from './DataFreshnessNotice';
import { can } from '../state/permissions';

const SIDER_BG = '#001529';

export function AppLayout() {
  const me = useMe();
  const { logout } = useSession();
  const { t, locale } = useI18n();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  // useBreakpoint is empty on the first render; treat "unknown" as desktop to avoid a flash of the drawer.
  const isMobile = screens.lg === false;
  const [collapsed, setCollapsed] = useState(false);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const signOut = async () => {
    await logout().catch(() => undefined);
    await navigate('/login', { replace: true });
  };
  const { token } = theme.useToken();

  const title = (
    <div style={{ color: '#fff', padding: '16px 20px', fontWeight: 600, whiteSpace: 'nowrap', overflow: 'hidden' }}>
      {collapsed && !isMobile ? t('app.shortTitle').slice(0, 2) : t('app.title')}
    </div>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isMobile ? (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          size={240}
          closable={false}
          styles={{ body: { padding: 0, background: SIDER_BG } }}
        >
          {title}
          <SideMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      ) : (
        <Layout.Sider collapsible collapsed={collapsed} trigger={null} width={208}>
          {title}
          <SideMenu />
        </Layout.Sider>
      )}
      {/* min-width 0 lets wide children (kanban, tables) scroll inside instead of stretching the page */}
      <Layout style={{ minWidth: 0 }}>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: '0 16px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            gap: 8,
          }}
        >
          <Flex align="center" gap={8}>
            <Button
              type="text"
              icon={isMobile ? <MenuOutlined /> : collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              aria-label="menu"
              data-testid="menu-toggle"
              onClick={() => (isMobile ? setDrawerOpen(true) : setCollapsed(!collapsed))}
            />
            {isMobile ? <Typography.Text strong>{t('app.shortTitle')}</Typography.Text> : null}
          </Flex>
          <Flex align="center" gap={12}>
            {can.operate(me) && !isMobile ? <TimeMachine /> : null}
            <InboxBell />
            <LanguageSwitch />
            <Dropdown
              menu={{
                items: [{ key: 'logout', icon: <LogoutOutlined />, label: t('header.logout') }],
                onClick: () => void signOut(),
              }}
            >
              <Button type="text" icon={<UserOutlined />} data-testid="user-menu">
                {screens.sm ? `${me.displayName || me.username} · ${t(`role.${me.role}`)}` : null}
              </Button>
            </Dropdown>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: isMobile ? 12 : 24 }}>
          {/* Remount on language change so pages refetch server-localised text (gate labels, messages). */}
          <DataFreshnessNotice />
          <Outlet key={locale} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
