import type { CalendarSourceView } from '../../../../../shared/domain/calendar-sources';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../components/Dialog';
import { AddCalendarForm } from './AddCalendarForm';

/** The add-calendar flow in a modal: Esc or Cancel closes it, even while a test is running. */
export function AddCalendarDialog(props: { onClose: () => void; onAdded: (source: CalendarSourceView) => void }) {
  const { t } = useTranslation('settingsCalendars');
  return (
    <Dialog title={t('add.title')} onClose={props.onClose}>
      <AddCalendarForm onAdded={props.onAdded} onCancel={props.onClose} />
    </Dialog>
  );
}
