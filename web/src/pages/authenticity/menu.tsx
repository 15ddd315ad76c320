import type { MenuProps } from 'antd';
import { AlertOutlined, FileSearchOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useI18n } from '../../state/LocaleContext';
import type { Role } from '../../types';
import { canReviewAuthenticity, canSeeSpotChecks } from './access';

type MenuItem = Required<MenuProps>['items'][number];

export const AUTHENTICITY_ROOTS = ['/authenticity/flags', '/authenticity/spot-check'];

/** The 防伪跟进 group of the side menu (supervisors and above). */
export function useAuthenticityMenuItems(role: Role): MenuItem[] {
  const { t } = useI18n('authenticity');
  if (!canReviewAuthenticity(role)) return [];
  return [
    {
      key: 'authenticity',
      icon: <SafetyCertificateOutlined />,
      label: t('menu.authenticity'),
      children: [
        { key: '/authenticity/flags', icon: <AlertOutlined />, label: t('menu.flags') },
        canSeeSpotChecks(role) && { key: '/authenticity/spot-check', icon: <FileSearchOutlined />, label: t('menu.spotCheck') },
      ].filter(Boolean) as MenuItem[],
    },
  ];
}
