import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { BrowserOfferAlerts } from './offer-alert.js';

describe('BrowserOfferAlerts', () => {
  afterEach(() => vi.useRealTimers());

  it('flashes the title with the count while offers are pending and restores it after', () => {
    vi.useFakeTimers();
    document.title = 'Desk';
    const alerts = new BrowserOfferAlerts(document);
    alerts.setBaseTitle('Agent desk');
    expect(document.title).toBe('Agent desk');
    alerts.pending(2, (n) => `(${n}) New chats`);
    expect(document.title).toBe('(2) New chats');
    vi.advanceTimersByTime(1000);
    expect(document.title).toBe('Agent desk');
    vi.advanceTimersByTime(1000);
    expect(document.title).toBe('(2) New chats');
    alerts.pending(0, () => 'unused');
    expect(document.title).toBe('Agent desk');
    vi.advanceTimersByTime(3000);
    expect(document.title).toBe('Agent desk');
    alerts.dispose();
  });

  it('stays silent until a user gesture unlocks audio, then beeps with generated tones', async () => {
    const started: number[] = [];
    const original = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
      started.push(this.frequency.value);
      original.call(this, when);
    };
    try {
      const alerts = new BrowserOfferAlerts(document);
      alerts.ring();
      expect(started).toEqual([]);
      await userEvent.keyboard('{Shift}');
      await vi.waitFor(() => expect(alerts.audible).toBe(true));
      alerts.ring();
      expect(started).toEqual([880, 1175]);
      alerts.dispose();
    } finally {
      OscillatorNode.prototype.start = original;
    }
  });
});
