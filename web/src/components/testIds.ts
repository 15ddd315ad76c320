import type { ButtonProps } from 'antd';

/** Modal footer buttons only take props objects, where TypeScript does not accept data-* keys. */
export function buttonTestId(id: string): ButtonProps {
  return { 'data-testid': id } as ButtonProps;
}
