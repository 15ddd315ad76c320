import { Alert } from 'antd';
import { ApiError } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { SubmissionBlocker } from '../../api/types';

/** Why 提交审批 is not possible yet: one line per party that has not confirmed. */
export function BlockerLines({ blockers }: { blockers: SubmissionBlocker[] }) {
  const { t } = useI18n();
  return (
    <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
      {blockers.map((b) => (
        <li key={b.party} data-testid={`blocker-${b.party}`} data-state={b.state}>
          {t(`confirm.party.${b.party}`)}
          {t('collab.sep')}
          {b.reason ? t('collab.paren', { text: t(`confirm.blocker.${b.state}`), note: b.reason }) : t(`confirm.blocker.${b.state}`)}
        </li>
      ))}
    </ul>
  );
}

/** An action error; the server's 422 CONFIRMATION_REQUIRED is shown with its blockers. */
export function ActionError({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.code === 'CONFIRMATION_REQUIRED') {
    const blockers = (error.details as { blockers?: SubmissionBlocker[] } | undefined)?.blockers ?? [];
    return (
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 16 }}
        data-testid="submit-refused"
        title={error.message}
        description={<BlockerLines blockers={blockers} />}
      />
    );
  }
  return <ErrorAlert error={error} />;
}
