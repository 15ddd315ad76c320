import type { MenuProps } from 'antd';
import { AlertOutlined, FileSearchOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useI18n } from '../../state/LocaleContext';
import type { Me } from '../../api/types';
import { canReviewAuthenticity, canSeeSpotChecks } from './access';

type MenuItem = Required<MenuProps>['items'][number];

export const AUTHENTICITY_ROOTS = ['/authenticity/flags', '/authenticity/spot-check'];

/** The 防伪跟进 group of the side menu (supervisors and above). */
export function useAuthenticityMenuItems(me: Me): MenuItem[] {
  const { t } = useI18n('authenticity');
  if (!me.modules.authenticity || !canReviewAuthenticity(me)) return [];
  return [
    {
      key: 'authenticity',
      icon: <SafetyCertificateOutlined />,
      label: t('menu.authenticity'),
      children: [
        { key: '/authenticity/flags', icon: <AlertOutlined />, label: t('menu.flags') },
        canSeeSpotChecks(me) && { key: '/authenticity/spot-check', icon: <FileSearchOutlined />, label: t('menu.spotCheck') },
      ].filter(Boolean) as MenuItem[],
    },
  ];
}
