import { Popover, Space, Tag, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { formatTime } from '../../format';
import type { MessageKey } from '../../i18n';
import { useI18n } from '../../state/LocaleContext';
import { followupRecordPath } from './access';
import type { FollowupFlag } from '../../api/types';

function isFlag(value: unknown): value is FollowupFlag {
  return Boolean(value) && typeof value === 'object' && 'kind' in (value as object) && 'status' in (value as object);
}

/** The mark's name in the UI language: 疑似雷同 / 异常时段 / 批量录入. */
export function flagName(flag: Pick<FollowupFlag, 'kind' | 'reason'>, t: (key: MessageKey<'authenticity'>) => string): string {
  if (flag.kind === 'similar') return t('flag.similar');
  return flag.reason === 'rate' ? t('flag.rate') : t('flag.odd_hours');
}

/** Yellow marks on a follow-up with their reason, review and a link to the matched record. */
export function FlagMarks({ flags, compact = false }: { flags: unknown; compact?: boolean }) {
  const { t } = useI18n('authenticity');
  if (!Array.isArray(flags)) return null;
  const list = flags.filter(isFlag);
  if (list.length === 0) return null;
  return (
    <>
      {list.map((flag) => {
        const dismissed = flag.status === 'dismissed';
        const color = dismissed ? 'default' : flag.status === 'confirmed' ? 'orange' : 'gold';
        const matchedPath = followupRecordPath(flag.matchedTarget, flag.matchedFollowupId);
        const content = (
          <Space orientation="vertical" size={4} style={{ maxWidth: 360 }}>
            <Typography.Text>{flag.explanation}</Typography.Text>
            {matchedPath ? (
              <Link to={matchedPath} data-testid={`flag-matched-${flag.id}`}>
                {t('flag.matched')}
                {flag.matchedAuthorName ? `（${flag.matchedAuthorName}）` : ''}
              </Link>
            ) : null}
            <Typography.Text type="secondary">
              {t(`flag.status.${flag.status}` as MessageKey<'authenticity'>)}
              {flag.reviewedAt ? ` · ${formatTime(flag.reviewedAt)}` : ''}
            </Typography.Text>
            {flag.reviewerName ? (
              <Typography.Text type="secondary">{t('flag.reviewedBy', { name: flag.reviewerName, comment: flag.reviewComment ?? '' })}</Typography.Text>
            ) : null}
          </Space>
        );
        return (
          <Popover key={flag.id} content={content} title={flagName(flag, t)} trigger={['hover', 'click']}>
            <Tag
              color={color}
              icon={<WarningOutlined />}
              data-testid={`flag-${flag.kind}-${flag.reason}`}
              style={{ cursor: 'pointer', textDecoration: dismissed ? 'line-through' : undefined }}
            >
              {flagName(flag, t)}
              {!compact && flag.kind === 'similar' && flag.similarity !== null ? ` ${Math.round(flag.similarity * 100)}%` : ''}
            </Tag>
          </Popover>
        );
      })}
    </>
  );
}

/** The explanation lines under a follow-up, for places with room (review and spot-check pages). */
export function FlagReasons({ flags }: { flags: FollowupFlag[] }) {
  const { t } = useI18n('authenticity');
  if (flags.length === 0) return null;
  return (
    <Space orientation="vertical" size={0}>
      {flags.map((flag) => (
        <Typography.Text key={flag.id} type={flag.status === 'dismissed' ? 'secondary' : 'warning'} delete={flag.status === 'dismissed'}>
          {flagName(flag, t)}：{flag.explanation}
        </Typography.Text>
      ))}
    </Space>
  );
}
