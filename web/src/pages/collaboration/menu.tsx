import type { MenuProps } from 'antd';
import { BarChartOutlined, FileProtectOutlined, ProjectOutlined, ScheduleOutlined } from '@ant-design/icons';
import type { MessageKey } from '../../i18n';
import type { Role } from '../../types';
import { collab } from './access';

type MenuItem = Required<MenuProps>['items'][number];

/** Longest first: the side menu highlights the first root the path starts with. */
export const COLLABORATION_ROOTS = ['/contracts', '/collaboration/gantt', '/collaboration', '/reports/collaboration'];

export function collaborationMenuItems(role: Role, t: (key: MessageKey) => string): MenuItem[] {
  return [
    collab.seeContracts(role) && { key: '/contracts', icon: <FileProtectOutlined />, label: t('menu.contracts') },
    collab.seeBoard(role) && { key: '/collaboration', icon: <ProjectOutlined />, label: t('menu.board') },
    collab.seeGantt(role) && { key: '/collaboration/gantt', icon: <ScheduleOutlined />, label: t('menu.gantt') },
    collab.seeReport(role) && { key: '/reports/collaboration', icon: <BarChartOutlined />, label: t('menu.collabReport') },
  ].filter(Boolean) as MenuItem[];
}
