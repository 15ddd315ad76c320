import type { MenuProps } from 'antd';
import {
  DashboardOutlined,
  FireOutlined,
  FundOutlined,
  HeartOutlined,
  LineChartOutlined,
  RadarChartOutlined,
  SolutionOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import { useI18n } from '../../state/LocaleContext';
import type { Me } from '../../api/types';
import { canSeeAppraisal, canSeeConcerns, canSeeContribution, canSeeForecast, canSeeHealthAlerts, canSeeKpi, canSeeRadar } from './access';

type MenuItem = Required<MenuProps>['items'][number];

export const ANALYTICS_ROOTS = [
  '/analytics/contribution',
  '/analytics/radar',
  '/analytics/kpi',
  '/analytics/forecast',
  '/analytics/concerns',
  '/analytics/appraisal',
  '/health/alerts',
];

/** The 分析看板 group of the side menu. */
export function useAnalyticsMenuItems(me: Me): MenuItem[] {
  const { t: ta } = useI18n('analytics');
  const children = [
    me.modules.analytics && canSeeContribution(me) && { key: '/analytics/contribution', icon: <TrophyOutlined />, label: ta('menu.contribution') },
    me.modules.analytics && canSeeRadar(me) && { key: '/analytics/radar', icon: <RadarChartOutlined />, label: ta('menu.radar') },
    me.modules.analytics && canSeeKpi(me) && { key: '/analytics/kpi', icon: <LineChartOutlined />, label: ta('menu.kpi') },
    canSeeForecast(me) && { key: '/analytics/forecast', icon: <FundOutlined />, label: ta('menu.forecast') },
    me.modules.chatArchive && canSeeConcerns(me) && { key: '/analytics/concerns', icon: <FireOutlined />, label: ta('menu.concerns') },
    canSeeAppraisal(me) && { key: '/analytics/appraisal', icon: <SolutionOutlined />, label: ta('menu.appraisal') },
    canSeeHealthAlerts(me) && { key: '/health/alerts', icon: <HeartOutlined />, label: ta('menu.healthAlerts') },
  ].filter(Boolean) as MenuItem[];
  return children.length ? [{ key: 'analytics', icon: <DashboardOutlined />, label: ta('menu.analytics'), children }] : [];
}
