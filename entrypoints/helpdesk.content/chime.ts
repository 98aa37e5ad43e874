let context: AudioContext | undefined;

/**
 * A short, soft two-note chime, synthesised (no audio file, no network). The
 * helpdesk tab plays it because a service worker cannot play sound; browsers let
 * a page that the operator has interacted with play audio even while hidden.
 */
export function playChime(): void {
  try {
    context ??= new AudioContext();
    const start = context.currentTime + 0.02;
    [880, 1175].forEach((frequency, index) => {
      const oscillator = context!.createOscillator();
      const gain = context!.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      const at = start + index * 0.16;
      gain.gain.setValueAtTime(0, at);
      gain.gain.linearRampToValueAtTime(0.18, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.35);
      oscillator.connect(gain).connect(context!.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.4);
    });
  } catch {
    // No audio device or autoplay refused: the desktop notification still shows.
  }
}
