import type { ClockState } from '../../lib/domain/conversation';
import { stateIconPaths } from './state-icon-paths';

export function StateIcon({ state }: { state: ClockState }) {
  return (
    <svg className="nz-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" focusable="false">
      <path d={stateIconPaths[state]} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
