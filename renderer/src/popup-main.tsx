import { popupEnglish } from './catalogs/popup-english';
import { PopupApp } from './features/popup/PopupApp';
import { startWindow } from './start-window';
import './styles/tokens.css';
import './styles/base.css';
import './styles/components.css';
import './styles/controls.css';
import './styles/popup.css';

startWindow(<PopupApp />, popupEnglish);
