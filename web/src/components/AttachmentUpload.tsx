import { useState } from 'react';
import { App, Button, Flex, Select, Upload } from 'antd';
import type { UploadFile, UploadProps } from 'antd';
import { CameraOutlined, UploadOutlined } from '@ant-design/icons';
import { client, errorMessage, formData, unwrap } from '../api/client';
import type { StoredFile } from '../api/types';
import { useI18n } from '../state/LocaleContext';
import { usePlaybook } from '../state/usePlaybook';

interface Props {
  value?: StoredFile[];
  onChange?: (files: StoredFile[]) => void;
  onUploadingChange?: (uploading: boolean) => void;
}

/** Uploads each chosen file to POST /files immediately; the form only keeps the returned file refs. */
export function AttachmentUpload({ onChange, onUploadingChange }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const playbook = usePlaybook();
  const [kind, setKind] = useState<string>('recording');
  const [fileList, setFileList] = useState<UploadFile<StoredFile>[]>([]);

  const sync = (list: UploadFile<StoredFile>[]) => {
    setFileList(list);
    onUploadingChange?.(list.some((f) => f.status === 'uploading'));
    onChange?.(list.filter((f) => f.status === 'done' && f.response).map((f) => f.response as StoredFile));
  };

  const uploadAs =
    (fileKind: () => string): UploadProps<StoredFile>['customRequest'] =>
    ({ file, onSuccess, onError }) => {
      // `kind` goes first so a streaming multipart parser has it before the file part.
      unwrap(client.POST('/api/v1/files', { body: { kind: fileKind(), file: file as File }, bodySerializer: formData }))
        .then((stored) => onSuccess?.(stored))
        .catch((err: unknown) => {
          message.error(errorMessage(err));
          onError?.(err as Error);
        });
    };

  return (
    <div data-testid="followup-upload">
      <Flex gap={8} wrap align="center">
        <Select
          value={kind}
          onChange={setKind}
          options={playbook.fileKindOptions}
          style={{ minWidth: 150 }}
          aria-label={t('followups.attachmentKind')}
          data-testid="followup-file-kind"
        />
        <Upload<StoredFile> multiple fileList={fileList} customRequest={uploadAs(() => kind)} onChange={({ fileList: next }) => sync(next)}>
          <Button icon={<UploadOutlined />}>{t('followups.upload')}</Button>
        </Upload>
        {/* On a phone this opens the back camera; the picture is filed as a site photo. */}
        <Upload<StoredFile>
          accept="image/*"
          capture="environment"
          fileList={fileList}
          showUploadList={false}
          customRequest={uploadAs(() => 'photo')}
          onChange={({ fileList: next }) => sync(next)}
          data-testid="followup-camera"
        >
          <Button icon={<CameraOutlined />}>{t('followups.takePhoto')}</Button>
        </Upload>
      </Flex>
    </div>
  );
}
