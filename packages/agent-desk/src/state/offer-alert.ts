/**
 * Alerts the agent to incoming offers: a short two-tone beep generated with WebAudio (no audio
 * file; only once a user gesture has unlocked audio, as browsers require) and a flashing document
 * title carrying the count. Both stop when no offer is pending.
 */
export interface OfferAlerts {
  /** A new offer arrived. */
  ring(): void;
  /** The number of pending offers changed (0 stops the title flashing). */
  pending(count: number, label: (count: number) => string): void;
  /** The page title while nothing is pending (localised by the desk). */
  setBaseTitle(title: string): void;
  dispose(): void;
}

export class BrowserOfferAlerts implements OfferAlerts {
  private audio: AudioContext | undefined;
  private flashTimer: ReturnType<typeof setInterval> | undefined;
  private baseTitle: string;
  private readonly unlock = (): void => {
    try {
      this.audio ??= new AudioContext();
      if (this.audio.state === 'suspended') void this.audio.resume();
    } catch {
      this.audio = undefined; // no WebAudio: the title still flashes
    }
  };

  constructor(private readonly doc: Document = document) {
    this.baseTitle = doc.title;
    doc.addEventListener('pointerdown', this.unlock, { capture: true });
    doc.addEventListener('keydown', this.unlock, { capture: true });
  }

  /** Whether a gesture has unlocked audio. */
  get audible(): boolean {
    return this.audio?.state === 'running';
  }

  ring(): void {
    const ctx = this.audio;
    if (!ctx || ctx.state !== 'running') return;
    const start = ctx.currentTime;
    for (const [offset, frequency] of [[0, 880], [0.22, 1175]] as const) {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.25, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.18);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start + offset);
      osc.stop(start + offset + 0.2);
    }
  }

  pending(count: number, label: (count: number) => string): void {
    clearInterval(this.flashTimer);
    this.flashTimer = undefined;
    if (count === 0) {
      this.doc.title = this.baseTitle;
      return;
    }
    const alert = label(count);
    let on = true;
    this.doc.title = alert;
    this.flashTimer = setInterval(() => {
      on = !on;
      this.doc.title = on ? alert : this.baseTitle;
    }, 1000);
  }

  /** The title to restore when nothing is pending. */
  setBaseTitle(title: string): void {
    this.baseTitle = title;
    if (this.flashTimer === undefined) this.doc.title = title;
  }

  dispose(): void {
    this.pending(0, () => '');
    this.doc.removeEventListener('pointerdown', this.unlock, { capture: true });
    this.doc.removeEventListener('keydown', this.unlock, { capture: true });
    void this.audio?.close();
  }
}
