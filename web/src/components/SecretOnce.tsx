import { Alert, Typography } from 'antd';

/** A secret shown only once (API tokens, webhook signing secrets): the warning, then the copyable value. */
export function SecretOnce({ secret, warning, 'data-testid': testId }: { secret: string; warning: string; 'data-testid'?: string }) {
  return (
    <>
      <Alert type="warning" showIcon title={warning} style={{ marginBottom: 12 }} />
      <Typography.Paragraph copyable={{ text: secret }} code data-testid={testId} style={{ wordBreak: 'break-all' }}>
        {secret}
      </Typography.Paragraph>
    </>
  );
}
