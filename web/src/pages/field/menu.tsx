import type { MenuProps } from 'antd';
import { CompassOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { useI18n } from '../../state/LocaleContext';
import type { Me } from '../../api/types';
import { canSeeMap, canSeeTodayVisits } from './access';

type MenuItem = Required<MenuProps>['items'][number];

export const FIELD_ROOTS = ['/map', '/field/today'];

/** 地图 and 今日拜访 in the side menu. */
export function useFieldMenuItems(me: Me): MenuItem[] {
  const { t } = useI18n('field');
  return [
    canSeeTodayVisits(me) && { key: '/field/today', icon: <CompassOutlined />, label: t('menu.today') },
    canSeeMap(me) && { key: '/map', icon: <EnvironmentOutlined />, label: t('menu.map') },
  ].filter(Boolean) as MenuItem[];
}
