import { Route } from 'react-router-dom';
import { RoleGate } from '../../components/RoleGate';
import { ContractDetailPage } from '../contracts/ContractDetailPage';
import { ContractsPage } from '../contracts/ContractsPage';
import { collab } from './access';
import { BoardPage } from './BoardPage';
import { CardDetailPage } from './CardDetailPage';
import { GanttPage } from './GanttPage';
import { ReportPage } from './ReportPage';

/** Contract and collaboration routes; called as a function inside <Routes> so they stay plain <Route> elements. */
export function collaborationRoutes() {
  return (
    <>
      <Route
        path="contracts"
        element={
          <RoleGate allow={collab.seeContracts}>
            <ContractsPage />
          </RoleGate>
        }
      />
      <Route
        path="contracts/:id"
        element={
          <RoleGate allow={collab.openContract}>
            <ContractDetailPage />
          </RoleGate>
        }
      />
      <Route
        path="collaboration"
        element={
          <RoleGate allow={collab.seeBoard}>
            <BoardPage />
          </RoleGate>
        }
      />
      <Route
        path="collaboration/cards/:id"
        element={
          <RoleGate allow={collab.seeBoard}>
            <CardDetailPage />
          </RoleGate>
        }
      />
      <Route
        path="collaboration/gantt"
        element={
          <RoleGate allow={collab.seeGantt}>
            <GanttPage />
          </RoleGate>
        }
      />
      <Route
        path="reports/collaboration"
        element={
          <RoleGate allow={collab.seeReport}>
            <ReportPage />
          </RoleGate>
        }
      />
    </>
  );
}
