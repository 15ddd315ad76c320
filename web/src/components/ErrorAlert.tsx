import { Alert } from 'antd';
import { ApiError, errorMessage } from '../api/client';
import { useI18n } from '../state/LocaleContext';
import { plainText } from '../format';

/**
 * Shows the server's localised message plus any structured details (validation issues etc.) and
 * the request id, which a user can quote and an administrator finds in the server's log.
 */
export function ErrorAlert({ error, title }: { error: unknown; title?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const details = error instanceof ApiError ? error.details : undefined;
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <Alert
      type="error"
      showIcon
      data-testid="error-alert"
      style={{ marginBottom: 16 }}
      title={title ?? errorMessage(error)}
      description={
        title || details || requestId ? (
          <>
            {title ? <div>{errorMessage(error)}</div> : null}
            <ErrorDetails details={details} />
            {requestId ? (
              <div data-testid="error-request-id" style={{ marginTop: 4, fontSize: 12, opacity: 0.75 }}>
                {t('error.requestId', { id: requestId })}
              </div>
            ) : null}
          </>
        ) : undefined
      }
    />
  );
}

function ErrorDetails({ details }: { details: unknown }) {
  if (details === undefined || details === null) return null;
  const list = Array.isArray(details)
    ? details
    : typeof details === 'object' && details !== null && Array.isArray((details as { issues?: unknown }).issues)
      ? (details as { issues: unknown[] }).issues
      : null;
  if (list) {
    return (
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {list.map((item, index) => (
          <li key={index}>{describeIssue(item)}</li>
        ))}
      </ul>
    );
  }
  return <pre style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>{JSON.stringify(details, null, 2)}</pre>;
}

function describeIssue(item: unknown): string {
  if (item && typeof item === 'object') {
    const record = item as Record<string, unknown>;
    const path = Array.isArray(record.path) ? record.path.join('.') : typeof record.path === 'string' ? record.path : '';
    const text = plainText(record.message ?? record.label ?? item);
    return path ? `${path}: ${text}` : text;
  }
  return plainText(item);
}
