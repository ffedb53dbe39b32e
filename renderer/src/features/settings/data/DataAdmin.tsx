import { BackupsPanel } from './BackupsPanel';
import { DeleteAllPanel } from './DeleteAllPanel';

/** The backups and "Delete all my data", inside Settings → Your data. */
export function DataAdmin(props: { dataFolder: string }) {
  return (
    <>
      <BackupsPanel />
      <DeleteAllPanel dataFolder={props.dataFolder} />
    </>
  );
}
