import type { ReactNode } from 'react';
import { Card, Flex, List, Typography } from 'antd';

export interface CardField<T> {
  label: string;
  render: (item: T) => ReactNode;
}

/**
 * A list as cards for phones: the title and the key fields stacked, so nothing scrolls sideways.
 * Desktop widths keep the table.
 */
export function ListCards<T>({
  items,
  rowKey,
  title,
  fields,
  extra,
  loading,
  pagination,
  testId,
}: {
  items: T[];
  rowKey: (item: T) => string;
  title: (item: T) => ReactNode;
  fields: CardField<T>[];
  extra?: (item: T) => ReactNode;
  loading?: boolean;
  pagination?: { current: number; pageSize: number; total: number; onChange: (page: number) => void } | false;
  testId?: string;
}) {
  return (
    <List<T>
      loading={loading}
      dataSource={items}
      rowKey={rowKey}
      pagination={pagination === false || !pagination ? false : { ...pagination, size: 'small', showSizeChanger: false, align: 'center' }}
      data-testid={testId}
      renderItem={(item) => (
        <List.Item style={{ padding: '4px 0', border: 'none' }}>
          <Card size="small" style={{ width: '100%', minWidth: 0 }} data-testid="list-card">
            <Flex justify="space-between" align="start" gap={8}>
              <Typography.Text strong style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
                {title(item)}
              </Typography.Text>
              {extra ? <div style={{ flexShrink: 0 }}>{extra(item)}</div> : null}
            </Flex>
            <Flex vertical gap={2} style={{ marginTop: 6 }}>
              {fields.map((field) => (
                <Flex key={field.label} gap={8} wrap style={{ minWidth: 0 }}>
                  <Typography.Text type="secondary" style={{ flexShrink: 0 }}>
                    {field.label}
                  </Typography.Text>
                  <div style={{ minWidth: 0, overflowWrap: 'anywhere' }}>{field.render(item)}</div>
                </Flex>
              ))}
            </Flex>
          </Card>
        </List.Item>
      )}
    />
  );
}
