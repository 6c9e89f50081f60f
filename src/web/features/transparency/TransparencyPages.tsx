// Sub-pages of the transparency unit below /transparency/* (the list itself is /transparency).
import { Route, Routes } from 'react-router';
import { ActivitiesPage } from './ActivitiesPage';
import { CalendarPage } from './CalendarPage';
import { CommitteePage } from './CommitteePage';
import { ObligationsPage } from './ObligationsPage';
import { RequestPage } from './RequestPage';
import { RuleSetsPage } from './RuleSetsPage';
import { StatisticsPage } from './StatisticsPage';
import { TrainingPage } from './TrainingPage';

export function TransparencyPages() {
  return (
    <Routes>
      <Route path="requests/:id" element={<RequestPage />} />
      <Route path="calendar" element={<CalendarPage />} />
      <Route path="obligations" element={<ObligationsPage />} />
      <Route path="statistics" element={<StatisticsPage />} />
      <Route path="training" element={<TrainingPage />} />
      <Route path="rules" element={<RuleSetsPage />} />
      <Route path="committee" element={<CommitteePage />} />
      <Route path="activities" element={<ActivitiesPage />} />
    </Routes>
  );
}
