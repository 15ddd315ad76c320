import { Tag } from 'antd';
import type { MessageKey } from '../i18n';
import { useI18n } from '../state/LocaleContext';

const KNOWN = ['new', 'contacted', 'qualified', 'converted', 'closed'];
const COLORS: Record<string, string> = { new: 'blue', contacted: 'cyan', qualified: 'geekblue', converted: 'green', closed: 'default' };

export function LeadStatusTag({ status }: { status: string }) {
  const { t } = useI18n();
  const text = KNOWN.includes(status) ? t(`leadStatus.${status}` as MessageKey) : status;
  return <Tag color={COLORS[status] ?? 'default'}>{text}</Tag>;
}
