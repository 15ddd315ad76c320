import { Empty, Timeline, Typography } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { formatTime } from '../../format';
import type { StageChange } from '../../api/types';

export function StageHistory({ history }: { history: StageChange[] }) {
  const { t } = useI18n();
  const playbook = usePlaybook();
  if (history.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      data-testid="stage-history"
      items={history.map((entry, index) => {
        const who = entry.actorName ?? entry.actorId;
        return {
          key: index,
          title: formatTime(entry.at),
          content: (
            <>
              <Typography.Text strong>
                {entry.from
                  ? t('opps.historyEntry', { from: playbook.stageLabel(entry.from), to: playbook.stageLabel(entry.to) })
                  : playbook.stageLabel(entry.to)}
              </Typography.Text>
              {who ? <Typography.Text type="secondary"> · {who}</Typography.Text> : null}
              {entry.reason ? <div>{entry.reason}</div> : null}
            </>
          ),
        };
      })}
    />
  );
}
