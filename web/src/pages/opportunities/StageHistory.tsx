import { Empty, Timeline, Typography } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import { usePlaybook } from '../../state/usePlaybook';
import { formatTime } from '../../format';
import type { StageHistoryEntry } from '../../types';

// The API doc does not spell out the history entry keys, so accept the usual spellings.
function pick(entry: StageHistoryEntry, keys: string[]): string | undefined {
  for (const key of keys) {
    const value = entry[key];
    if (value !== undefined && value !== null && value !== '') return String(value);
  }
  return undefined;
}

export function StageHistory({ history }: { history: StageHistoryEntry[] }) {
  const { t } = useI18n();
  const playbook = usePlaybook();
  if (history.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Timeline
      data-testid="stage-history"
      items={history.map((entry, index) => {
        const from = pick(entry, ['fromStage', 'from']);
        const to = pick(entry, ['toStage', 'to', 'stage']);
        const who = pick(entry, ['actorName', 'byName', 'userName', 'authorName', 'actorId', 'byId', 'userId']);
        const when = pick(entry, ['at', 'createdAt', 'changedAt', 'enteredAt']);
        const reason = pick(entry, ['reason']);
        return {
          key: pick(entry, ['id']) ?? String(index),
          title: formatTime(when),
          content: (
            <>
              <Typography.Text strong>
                {from ? t('opps.historyEntry', { from: playbook.stageLabel(from), to: playbook.stageLabel(to) }) : playbook.stageLabel(to)}
              </Typography.Text>
              {who ? <Typography.Text type="secondary"> · {who}</Typography.Text> : null}
              {reason ? <div>{reason}</div> : null}
            </>
          ),
        };
      })}
    />
  );
}
