import { client, formData, unwrap } from '../../api/client';
import { useI18n } from '../../state/LocaleContext';
import { ImportModal } from '../../components/ImportModal';

export function LeadImportModal({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const { t } = useI18n();
  return (
    <ImportModal
      open={open}
      title={t('leads.import.title')}
      hint={t('leads.import.hint')}
      upload={(file) => unwrap(client.POST('/api/v1/leads/import', { body: { file }, bodySerializer: formData }))}
      onClose={onClose}
      onImported={onImported}
      testIdPrefix="lead-import"
    />
  );
}
