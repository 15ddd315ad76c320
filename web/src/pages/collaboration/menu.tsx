import type { MenuProps } from 'antd';
import { BarChartOutlined, FileProtectOutlined, ProjectOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { MessageKey } from '../../i18n';
import type { Me } from '../../api/types';
import { collab } from './access';

type MenuItem = Required<MenuProps>['items'][number];

/** Longest first: the side menu highlights the first root the path starts with. */
export const COLLABORATION_ROOTS = ['/contracts', '/collaboration/gantt', '/collaboration', '/reports/collaboration'];

export function collaborationMenuItems(me: Me, t: (key: MessageKey) => string): MenuItem[] {
  return [
    collab.seeContracts(me) && { key: '/contracts', icon: <FileProtectOutlined />, label: t('menu.contracts') },
    me.modules.collaboration && collab.seeBoard(me) && { key: '/collaboration', icon: <ProjectOutlined />, label: t('menu.board') },
    me.modules.collaboration && collab.seeGantt(me) && { key: '/collaboration/gantt', icon: <ScheduleOutlined />, label: t('menu.gantt') },
    me.modules.collaboration && collab.seeReport(me) && { key: '/reports/collaboration', icon: <BarChartOutlined />, label: t('menu.collabReport') },
  ].filter(Boolean) as MenuItem[];
}
