import type { ReactNode } from 'react';
import { Button, Flex } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useI18n } from '../../state/LocaleContext';

/** Above a list with selected rows: how many, the bulk actions, export of the selection, clear. */
export function SelectionBar({ count, onExport, onClear, children }: { count: number; onExport: () => void; onClear: () => void; children?: ReactNode }) {
  const { t } = useI18n();
  if (count === 0) return null;
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 8 }} data-testid="bulk-bar">
      <span>{t('list.selected', { count })}</span>
      {children}
      <Button icon={<DownloadOutlined />} onClick={onExport} data-testid="bulk-export">
        {t('list.exportSelected')}
      </Button>
      <Button type="link" onClick={onClear}>
        {t('list.clearSelection')}
      </Button>
    </Flex>
  );
}
