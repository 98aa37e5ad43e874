import type { ClockState } from '../../lib/domain/conversation';

// Each state has its own shape as well as its own colour, so the badge reads
// for colour-blind operators and in greyscale. Plain data: the queue draws them
// with React, the content script's first stage with the DOM.
export const stateIconPaths: Record<ClockState, string> = {
  // clock face
  ok: 'M8 1.5a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13Zm.75 3v3.19l2.1 2.1-1.06 1.06L7.25 8.3V4.5h1.5Z',
  // hourglass
  warn: 'M4 1.5h8V3c0 1.7-1.2 3.1-2.6 4.1L8.9 8l.5.4C10.8 9.4 12 10.8 12 12.5V14.5H4V12.5c0-1.7 1.2-3.1 2.6-4.1L7.1 8l-.5-.4C5.2 6.6 4 5.2 4 3.5Z',
  // exclamation in a triangle
  breach: 'M8 1.2 15.2 14H.8L8 1.2Zm-.8 4.3v4.6h1.6V5.5H7.2Zm0 5.8v1.6h1.6v-1.6H7.2Z',
  // flag
  forgotten: 'M3 1.5h1.5v13H3v-13Zm2.5 0h7.8l-1.8 3.2 1.8 3.3H5.5V1.5Z',
  // speech bubble with a question (waiting on the customer)
  idle: 'M2 2.5h12v8.5H7l-3.5 3v-3H2V2.5Zm5.2 2.2v1.2h1.6V4.7H7.2Zm0 2.4v2.4h1.6V7.1H7.2Z',
};
