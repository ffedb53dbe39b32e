import { App } from './App';
import { startWindow } from './start-window';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/layout.css';
import './styles/popup.css';
import './styles/insights.css';
import './styles/settings.css';

startWindow(<App />);
