import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { askEarly } from './api/data';
import { App } from './app/App';
import { paths } from './app/paths';
import { HealthGate } from './health/HealthGate';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/shell.css';
import './styles/dialog.css';
import './styles/toast.css';
import './styles/lists.css';
import './styles/clients.css';
import './styles/client-page.css';
import './styles/trash.css';
import './styles/settings.css';
import './styles/jobs.css';
import './styles/job-page.css';
import './styles/intake.css';
import './styles/brief.css';
import './styles/pipeline.css';
import './styles/submission.css';
import './styles/profile.css';
// Last, so printing overrides every screen style.
import './styles/reports.css';
import './styles/print.css';

// The app opens on Today (a bare address leads there): its follow-ups are asked for before anything is drawn.
if (['', '#/', `#${paths.today}`].includes(location.hash)) askEarly('reminders.today', {});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <HealthGate>
      <App />
    </HealthGate>
  </StrictMode>,
);
