import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';
import { AudioOutlined, CarryOutOutlined, EnvironmentOutlined, ScanOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { useI18n } from '../../state/LocaleContext';

interface Tile {
  to: string;
  icon: ReactNode;
  title: string;
  hint: string;
  testId: string;
}

/**
 * 手机工作台: the PWA's start page — big targets for what a rep does on the road: the work queue
 * with its countdowns, a quick follow-up (camera and voice), today's visits with check-in, and the
 * device scan.
 */
export function PhoneHomePage() {
  const { t } = useI18n('voice');
  const tiles: Tile[] = [
    { to: '/queue', icon: <CarryOutOutlined />, title: t('queue'), hint: t('queueHint'), testId: 'phone-queue' },
    { to: '/m/followup', icon: <AudioOutlined />, title: t('quickFollowup'), hint: t('quickFollowupHint'), testId: 'phone-followup' },
    { to: '/field/today', icon: <EnvironmentOutlined />, title: t('today'), hint: t('todayHint'), testId: 'phone-today' },
    { to: '/devices/scan', icon: <ScanOutlined />, title: t('scan'), hint: t('scanHint'), testId: 'phone-scan' },
  ];
  return (
    <div data-testid="phone-home">
      <PageHeader title={t('phoneHome')} sub={t('phoneHomeIntro')} />
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 12 }}>
        {tiles.map((tile) => (
          <Link key={tile.to} to={tile.to} data-testid={tile.testId} style={{ display: 'block' }}>
            <Card hoverable styles={{ body: { padding: 16, minHeight: 112 } }}>
              <Flex vertical gap={6}>
                <span style={{ fontSize: 28, color: '#1677ff' }} aria-hidden>
                  {tile.icon}
                </span>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {tile.title}
                </Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {tile.hint}
                </Typography.Text>
              </Flex>
            </Card>
          </Link>
        ))}
      </div>
    </div>
  );
}
