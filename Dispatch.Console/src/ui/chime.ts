// A short two-tone chime for events that need a human now (escalations, new offers). Synthesised with
// WebAudio: no sound files to ship. Browsers allow audio only after a user gesture; signing in is one.
let context: AudioContext | null = null;

export function chime(urgent = false): void {
  try {
    context ??= new AudioContext();
    if (context.state === 'suspended') void context.resume();
    const start = context.currentTime;
    const tones = urgent ? [880, 660, 880] : [660, 880];
    tones.forEach((frequency, i) => {
      if (!context) return;
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      const t0 = start + i * 0.18;
      gain.gain.setValueAtTime(0.0001, t0);
      gain.gain.exponentialRampToValueAtTime(0.25, t0 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + 0.16);
      osc.connect(gain).connect(context.destination);
      osc.start(t0);
      osc.stop(t0 + 0.17);
    });
  } catch {
    // No audio device or not allowed: the visual banner is the alert that counts.
  }
}
