import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../../lib/services/background-app';

export default defineBackground(() => {
  startBackground();
});
