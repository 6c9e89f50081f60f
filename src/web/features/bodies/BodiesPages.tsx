// Sub-pages below /bodies/*: a body and a session.
import { Route, Routes } from 'react-router';
import { BodyPage } from './BodyPage';
import { SessionPage } from './SessionPage';

export function BodiesPages() {
  return (
    <Routes>
      <Route path="sessions/:id" element={<SessionPage />} />
      <Route path=":code" element={<BodyPage />} />
    </Routes>
  );
}
