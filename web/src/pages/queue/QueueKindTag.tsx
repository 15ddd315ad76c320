import { Tag } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import type { QueueKind } from '../../api/types';

const COLORS: Record<QueueKind, string> = { first_response: 'magenta', follow_up: 'blue', task: 'purple' };

export function QueueKindTag({ kind }: { kind: QueueKind }) {
  const { t } = useI18n();
  const known = kind in COLORS;
  return <Tag color={known ? COLORS[kind] : 'default'}>{known ? t(`queue.kind.${kind}`) : kind}</Tag>;
}
