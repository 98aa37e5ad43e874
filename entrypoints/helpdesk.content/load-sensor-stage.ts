import { SENSOR_STAGE_GLOBAL, type SensorStage } from '../helpdesk-sensor/stage';
import { loadStage } from './load-stage';

/** The sensor stage (sensor, chip, badges, the invitation to teach), loaded the first time it is needed. */
export function loadSensorStage(): Promise<SensorStage> {
  return loadStage<SensorStage>('loadSensorStage', SENSOR_STAGE_GLOBAL);
}
