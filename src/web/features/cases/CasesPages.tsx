// Sub-pages below /cases/* (the list itself is /cases).
import { Route, Routes } from 'react-router';
import { CasePage } from './CasePage';
import { NewCasePage } from './NewCasePage';
import { QuickActionsPage } from './QuickActionsPage';

export function CasesPages() {
  return (
    <Routes>
      <Route path="new" element={<NewCasePage />} />
      <Route path="actions" element={<QuickActionsPage />} />
      <Route path=":id" element={<CasePage />} />
    </Routes>
  );
}
