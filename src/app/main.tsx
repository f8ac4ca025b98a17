import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../ui/i18n/i18n';
import { App } from './App';
import { registerServiceWorker } from './registerServiceWorker';
import '../ui/styles/global.css';
import './shell.css';

initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
