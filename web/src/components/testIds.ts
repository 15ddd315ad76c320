import type { ButtonProps } from 'antd';

/** Modal footer buttons only take props objects (`okButtonProps`); this one carries a data-testid. */
export function buttonTestId(id: string): ButtonProps {
  return { 'data-testid': id };
}
