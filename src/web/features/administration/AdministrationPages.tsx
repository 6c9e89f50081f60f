// Sub-pages of the administration area below /administration/* (the deliverables grid is /administration).
import { Route, Routes } from 'react-router';
import { ActivitiesPage } from './ActivitiesPage';
import { ProcurementPage } from './ProcurementPage';

export function AdministrationPages() {
  return (
    <Routes>
      <Route path="activities" element={<ActivitiesPage />} />
      <Route path="procurement" element={<ProcurementPage />} />
    </Routes>
  );
}
