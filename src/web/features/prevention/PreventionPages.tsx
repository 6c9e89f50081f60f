// Sub-pages below /prevention/* (the activity list itself is /prevention).
import { Route, Routes } from 'react-router';
import { EditActivityPage, NewActivityPage } from './ActivityForm';
import { ActivityPage } from './ActivityPage';
import { AgreementsPage } from './AgreementsPage';
import { InstitutionsPage } from './InstitutionsPage';
import { LiaisonPage } from './LiaisonPage';

export function PreventionPages() {
  return (
    <Routes>
      <Route path="activities/new" element={<NewActivityPage />} />
      <Route path="activities/:id/edit" element={<EditActivityPage />} />
      <Route path="activities/:id" element={<ActivityPage />} />
      <Route path="liaison" element={<LiaisonPage />} />
      <Route path="agreements" element={<AgreementsPage />} />
      <Route path="institutions" element={<InstitutionsPage />} />
    </Routes>
  );
}
