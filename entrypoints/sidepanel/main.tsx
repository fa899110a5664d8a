import '../../components/pages.css';
import { render } from 'preact';
import { SidePanel } from '../../components/SidePanel';
import { openDatabase } from '../../storage/db';

const root = document.getElementById('app')!;
openDatabase().then(
  (db) => render(<SidePanel db={db} />, root),
  (error: unknown) => {
    root.textContent = `Clausemark could not open its database: ${String(error)}`;
  },
);
