import { Tag, Tooltip } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useI18n } from '../state/LocaleContext';
import { useServerClock, useServerNow } from '../hooks/useServerClock';
import { formatTime } from '../format';
import { useFormatDuration } from './Countdown';
import type { Lead } from '../api/types';

type SlaLead = Pick<Lead, 'slaStatus' | 'responseDueAt' | 'responseWarnAt' | 'respondedAt' | 'escalationLevel'>;

/** The first-response clock of a lead: live countdown, overdue time, or the outcome. */
export function SlaCountdown({ lead }: { lead: SlaLead }) {
  const { t } = useI18n();
  const now = useServerNow();
  const { synced } = useServerClock();
  const format = useFormatDuration();
  const status = lead.slaStatus;
  if (!status) return <span>—</span>;

  const due = lead.responseDueAt ? Date.parse(lead.responseDueAt) : Number.NaN;
  const hasDue = Number.isFinite(due);
  const responded = lead.respondedAt ? Date.parse(lead.respondedAt) : Number.NaN;

  let color: string;
  let icon: ReactNode = <ClockCircleOutlined />;
  let text: string;
  if (status === 'met') {
    color = 'success';
    icon = <CheckCircleOutlined />;
    text = t('sla.met');
  } else if (status === 'breached' && Number.isFinite(responded)) {
    color = 'error';
    icon = <ExclamationCircleOutlined />;
    text = hasDue ? t('sla.lateResponse', { d: format(responded - due) }) : t('sla.status.breached');
  } else if (!hasDue) {
    return (
      <span data-testid="sla-countdown" data-status={status}>
        —
      </span>
    );
  } else if (!synced && status !== 'breached') {
    // Until the server time is known a countdown could be off by hours: show the deadline.
    color = status === 'warned' ? 'warning' : 'processing';
    text = t('sla.dueAtShort', { time: formatTime(lead.responseDueAt) });
  } else if (status === 'breached' || due <= now) {
    // The server marks the breach on its next sweep; the clock shows it the moment it happens.
    color = 'error';
    icon = <ExclamationCircleOutlined />;
    text = t('sla.overdue', { d: format(now - due) });
  } else {
    color = status === 'warned' ? 'warning' : 'processing';
    text = t('sla.left', { d: format(due - now) });
  }

  const level = lead.escalationLevel ?? 0;
  const tip = (
    <div>
      <div>
        {t('sla.status')}: {t(`sla.status.${status}`)}
      </div>
      {hasDue ? (
        <div>
          {t('sla.dueAt')}: {formatTime(lead.responseDueAt)}
        </div>
      ) : null}
      {lead.responseWarnAt ? (
        <div>
          {t('sla.warnAt')}: {formatTime(lead.responseWarnAt)}
        </div>
      ) : null}
      {lead.respondedAt ? (
        <div>
          {t('sla.respondedAt')}: {formatTime(lead.respondedAt)}
        </div>
      ) : null}
      <div>{level >= 2 ? t('sla.escalation2') : level === 1 ? t('sla.escalation1') : t('sla.escalation0')}</div>
    </div>
  );

  return (
    <Tooltip title={tip}>
      <Tag color={color} icon={icon} data-testid="sla-countdown" data-status={status} data-escalation={level} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {text}
        {level > 0 && status !== 'met' ? ` · ${t(level >= 2 ? 'sla.level2Short' : 'sla.level1Short')}` : ''}
      </Tag>
    </Tooltip>
  );
}
