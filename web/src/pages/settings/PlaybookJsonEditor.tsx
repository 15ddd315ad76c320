import { useState } from 'react';
import { Alert, Button, Flex, Input } from 'antd';
import { useI18n } from '../../state/LocaleContext';
import type { PlaybookDocument } from '../../api/types';

interface Props {
  doc: PlaybookDocument;
  editable: boolean;
  saving: boolean;
  onSave: (doc: unknown) => void;
}

export function PlaybookJsonEditor({ doc, editable, saving, onSave }: Props) {
  const { t } = useI18n();
  const original = JSON.stringify(doc, null, 2);
  const [text, setText] = useState(original);
  const [parseError, setParseError] = useState<string | null>(null);

  // The parsed document, or undefined (with the error shown) when the text is not JSON.
  const parse = (): unknown => {
    try {
      const value: unknown = JSON.parse(text);
      setParseError(null);
      return value;
    } catch (err) {
      setParseError(t('playbook.invalidJson', { message: err instanceof Error ? err.message : String(err) }));
      return undefined;
    }
  };

  return (
    <>
      {parseError ? <Alert type="error" showIcon title={parseError} style={{ marginBottom: 12 }} /> : null}
      <Input.TextArea
        value={text}
        onChange={(event) => setText(event.target.value)}
        readOnly={!editable}
        autoSize={{ minRows: 16, maxRows: 40 }}
        spellCheck={false}
        style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 12 }}
        data-testid="playbook-json"
      />
      {editable ? (
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          <Button
            onClick={() => {
              const value = parse();
              if (value !== undefined) setText(JSON.stringify(value, null, 2));
            }}
          >
            {t('playbook.formatJson')}
          </Button>
          <Button
            onClick={() => {
              setText(original);
              setParseError(null);
            }}
          >
            {t('playbook.resetJson')}
          </Button>
          <Button
            type="primary"
            loading={saving}
            data-testid="playbook-save"
            onClick={() => {
              const value = parse();
              if (value !== undefined) onSave(value);
            }}
          >
            {t('playbook.saveJson')}
          </Button>
        </Flex>
      ) : null}
    </>
  );
}
