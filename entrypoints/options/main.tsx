import '../../components/pages.css';
import { render } from 'preact';
import { OptionsPage } from '../../components/OptionsPage';
import { AUTO_SITES } from '../../lib/sites';

render(<OptionsPage autoSites={AUTO_SITES} />, document.getElementById('app')!);
